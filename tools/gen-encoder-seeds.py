#!/usr/bin/env python3
"""Seeds for fuzz/encoder_invariants: inputs that put X at the edges of a
kind's range, so that a campaign starts there instead of finding them.

  tools/gen-encoder-seeds.py [--out DIR] CODE...
      writes seed-k<CODE>-<n> for each kind into corpus/encoder_invariants/
      (or DIR): X at the ends of the kind's range as `relocheck kinds`
      prints it (sN, MIN..MAX, |X| <= M; relocheck from the folder
      RELOCHECK_BIN names, PATH or build/bin), one step past each, and a
      few ordinary values.
  tools/gen-encoder-seeds.py --check [DIR]
      checks that every kind of the target's Cases has a seed (any file
      whose first byte selects it), and that each seed-k<CODE>-<n> still
      selects CODE (a case inserted mid-table shifts
      the later ones: rerun this script for them).

An input is: case index (the kind's place in the target's Cases), arch
index (harness/kinds/Arch.cpp's order), flags (bit 0 function, 1 Thumb,
2 local symbol, 3 TARGET1 as REL32, 4-5 TARGET2 mode), then P, S, A, E1,
E2 as little-endian words (E1: B(S), GOT(S), TLS block; E2: GOT_ORG, tp).
The X a seed aims at is carried by whichever input the kind's formula
has: S for S-based formulas, E1 or E2 for GOT- and base-only ones.
"""
import os
import re
import shutil
import signal
import struct
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TARGET = os.path.join(ROOT, "fuzz", "encoder_invariants.cpp")
OUT = os.path.join(ROOT, "corpus", "encoder_invariants")

P, E1, E2 = 0x10000, 0x20000, 0x30000
ARMV6M, ARMV7A, ARMV81M = 3, 4, 10

# Which input carries X, by formula (AAELF32 5.6.1), for the kinds whose
# X is not S + A - P or S + A.
CARRIER = {
    **dict.fromkeys([9, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82,
                     83, 84, 85, 86, 87, 88, 89, 106, 109], "S-E1"),
    **dict.fromkeys([24, 98, 108, 110], "S-E2"),
    **dict.fromkeys([26, 97, 111, 131], "E1-E2"),
    **dict.fromkeys([96, 104, 105, 107, 90], "E1-P"),
    **dict.fromkeys([95, 31], "E1"),
    25: "E2-P",
    **dict.fromkeys([2, 5, 8, 55, 94, 132, 133, 134, 135, 38, 0, 40,
                     91, 92, 93, 129, 100, 101], "S"),
}

GROUP = [0xFF, 0x100, 0x3FC, 0x3FD, 0xFFF, 0x1000, 0x1FC00, 0xFF00FF,
         0x3FCFF0, -0xFF, -0xFFF, -0x1004, -0x1FC00]
LOAD12 = [0, 0xFFF, 0x1000, -0xFFF, -0x1000]
MOV16 = [0xFFFF, 0x10000, -0x8000, -0x8001, 0x12345678]
ANY = [0, 4, -4, 0x12345678]


def cases():
    """The Cases table of the target, as a list of codes in order."""
    text = open(TARGET).read()
    body = text[text.index("const KindCase Cases[]"):]
    body = body[:body.index("};")]
    return [int(c) for c in re.findall(r"\{(\d+),", body)]


def table_ranges():
    """{code: (min, max, step)} from `relocheck kinds`: its check column
    says "s25" (signed 25 bits, a multiple of the align column),
    "-2048..2046" or "|X| <= 0xFFF"; kinds without a range are left out."""
    if os.environ.get("RELOCHECK_BIN"):
        binary = os.path.join(os.environ["RELOCHECK_BIN"], "relocheck")
    else:
        binary = shutil.which("relocheck") or \
            os.path.join(ROOT, "build", "bin", "relocheck")
    try:
        out = subprocess.run([binary, "kinds"], capture_output=True,
                             text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"gen-encoder-seeds: cannot run '{binary} kinds' ({e}); "
                 "build it first (tools/setup.sh) or set RELOCHECK_BIN")
    ranges = {}
    for line in out.splitlines()[1:]:
        m = re.match(r"(\d+)\s+\S+\s+\S+\s+\S+\s+(.*?)\s+(\d+)\s+\S+$",
                     line)
        if not m:
            continue
        code, check, step = int(m.group(1)), m.group(2), int(m.group(3))
        if (r := re.match(r"s(\d+)", check)):
            half = 1 << (int(r.group(1)) - 1)
            ranges[code] = (-half, half - step, step)
        elif (r := re.match(r"(-?\d+)\.\.(-?\d+)", check)):
            ranges[code] = (int(r.group(1)), int(r.group(2)), step)
        elif (r := re.match(r"\|X\| <= (0x[0-9A-Fa-f]+)", check)):
            ranges[code] = (-int(r.group(1), 16), int(r.group(1), 16), step)
    return ranges


def values(code, ranges):
    if 57 <= code <= 83:
        return GROUP
    if code in (97, 98, 109, 110, 111, 131):
        return LOAD12
    if code in (49, 50, 84, 85, 86, 87, 88, 89):
        return MOV16
    if code in ranges:  # each end, and one step past it
        lo, hi, step = ranges[code]
        return ANY + [lo, hi, lo - step, hi + step]
    return ANY


def seed(index, code, x, flags=0, arch=ARMV7A):
    s, e1, e2 = P + x, E1, E2
    how = CARRIER.get(code, "S-P")
    if how == "S":
        s = x
    elif how == "S-E1":
        s = E1 + x
    elif how == "S-E2":
        s = E2 + x
    elif how == "E1-E2":
        e1 = E2 + x
    elif how == "E1-P":
        e1 = P + x
    elif how == "E1":
        e1 = x
    elif how == "E2-P":
        e2 = P + x
    m = 0xFFFFFFFF
    return bytes([index, arch, flags]) + struct.pack(
        "<IIiII", P, s & m, 0, e1 & m, e2 & m)


def check(folder):
    """Exit 1, naming each problem, when the seeds and Cases disagree."""
    table = cases()
    problems, seeded = [], set()
    # The hint writes where the check looked.
    out = "" if os.path.realpath(folder) == os.path.realpath(OUT) else \
        f" --out {folder}"
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if not os.path.isfile(path):
            continue
        with open(path, "rb") as fh:
            first = fh.read(1)
        picked = table[first[0] % len(table)] if first else None
        m = re.fullmatch(r"seed-k(\d+)-\d+", name)
        if not m:  # an older seed or a saved regression: counts as found
            seeded.add(picked)
            continue
        code = int(m.group(1))
        if picked != code and code not in table:
            problems.append(f"{name}: kind {code} has no case in "
                            "fuzz/encoder_invariants.cpp (Cases): add its "
                            "case back, or delete the kind's seeds")
        elif picked != code:
            problems.append(f"{name}: selects case {first[0] if first else '-'}"
                            f" (kind {picked}), not kind {code}: regenerate "
                            f"with tools/gen-encoder-seeds.py{out} {code}")
        else:
            seeded.add(code)
    for code in sorted(set(table), key=table.index):  # a kind once
        if code not in seeded:
            problems.append(f"kind {code} has no seed in {folder}: "
                            f"run tools/gen-encoder-seeds.py{out} {code}")
    for p in problems:
        print(f"gen-encoder-seeds: {p}")
    if problems:
        sys.exit(1)
    print(f"gen-encoder-seeds: {len(set(table))} kinds, each with seeds "
          "that select it")


def main():
    if sys.argv[1:2] == ["--check"]:
        if len(sys.argv) > 3:
            sys.exit(f"gen-encoder-seeds: --check takes one folder, found "
                     f"{len(sys.argv) - 2}")
        folder = sys.argv[2] if len(sys.argv) > 2 else OUT
        if not os.path.isdir(folder):
            sys.exit(f"gen-encoder-seeds: --check {folder}: not a folder")
        check(folder)
        return
    args, rest = [], sys.argv[1:]
    out_dir = OUT
    while rest:  # --out DIR or --out=DIR, anywhere
        arg = rest.pop(0)
        if arg == "--out" and not rest:
            sys.exit("gen-encoder-seeds: --out needs a folder")
        if arg == "--out" and rest:
            out_dir = rest.pop(0)
        elif arg.startswith("--out="):
            out_dir = arg[len("--out="):]
        else:
            args.append(arg)
    if not args or args[0] in ("-h", "--help") or not out_dir:
        sys.exit(__doc__.split("\n\n")[1])
    codes = []
    for arg in args:
        if not re.fullmatch(r"[0-9]+", arg):
            sys.exit(f"gen-encoder-seeds: '{arg}' is not a relocation code "
                     "(a number such as 57: `relocheck kinds` lists them)")
        codes.append(int(arg))
    table = cases()
    for code in codes:  # all checked before any file is written
        if code not in table:
            sys.exit(f"gen-encoder-seeds: kind {code} has no case in "
                     f"{os.path.relpath(TARGET)} (Cases): add one first")
    ranges = table_ranges()
    try:
        os.makedirs(out_dir, exist_ok=True)
    except OSError as e:
        sys.exit(f"gen-encoder-seeds: cannot make {out_dir}: {e.strerror}")
    for code in codes:
        index = table.index(code)
        arch = ARMV6M if 132 <= code <= 135 else \
            ARMV81M if 136 <= code <= 138 else ARMV7A
        inputs = [seed(index, code, x, 0, arch)
                  for x in values(code, ranges)]
        if code in (38, 41):  # each platform choice
            inputs += [seed(index, code, 0x1000, f, arch)
                       for f in (0x08, 0x10, 0x20)]
        if code in (90, 91, 92, 93, 129):  # local-exec and initial-exec
            inputs += [seed(index, code, 0x1000, 0x04, arch)]
        if CARRIER.get(code, "S-P") in ("S-P", "S", "S-E1", "S-E2"):
            inputs += [seed(index, code, 0x1000, 0x03, arch)]  # Thumb fn
        for n, data in enumerate(inputs):
            path = os.path.join(out_dir, f"seed-k{code}-{n:02d}")
            try:
                with open(path, "wb") as fh:
                    fh.write(data)
            except OSError as e:
                sys.exit(f"gen-encoder-seeds: cannot write {path}: "
                         f"{e.strerror}")
        print(f"R_ARM kind {code}: {len(inputs)} seeds")


if __name__ == "__main__":
    # Piped into head: end quietly when the reader goes, as cat does.
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    main()
