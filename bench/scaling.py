#!/usr/bin/env python3
"""How `relocheck link` scales with an object's size, against ld.lld.

Three shapes of hand-made ELF objects, each at N and 4N, where a linker
that looks things up by scanning pays N * N:
  mapping:  N $d mapping symbols at one offset and N R_ARM_ABS32 there
            (each site asks which state its place is in);
  sections: N one-word allocated sections, each its own output section
            (grouping inputs by output name);
  sbrel:    N output sections and 4N R_ARM_SBREL32 sites (each site asks
            for its static base B(S));
  locals:   N sections with two local symbols each (the output's symbol
            table names each symbol's output section).
For each shape it prints the median time at N and at 4N and their ratio
(linear work gives about 4, quadratic about 16), and the same for ld.lld
on the same objects in the same run. lld does not apply SBREL32 with a
static base as relocheck does (it writes S + A - the segment's start
too), so the third shape is timed for both but only relocheck's bytes
matter here.

Usage: bench/scaling.py [--n N] [--rounds R] [--relocheck PATH]
"""
import argparse
import os
import statistics
import struct
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELOCHECK = os.path.join(REPO, "build", "bin", "relocheck")
LLD = "/usr/lib/llvm-22/bin/ld.lld"

R_ARM_ABS32 = 2
R_ARM_SBREL32 = 9
SHT_PROGBITS, SHT_SYMTAB, SHT_STRTAB, SHT_REL = 1, 2, 3, 9
SHT_SYMTAB_SHNDX = 18
SHF_WRITE, SHF_ALLOC, SHF_EXEC, SHF_INFO_LINK = 1, 2, 4, 0x40


def sym(name, value, info, shndx):
    return struct.pack("<IIIBBH", name, value, 0, info, 0, shndx)


def elf(sections):
    """A little-endian ET_REL for EM_ARM (EABI 5) from (name, type, flags,
    data, link, info, align, entsize) tuples; section 0 and .shstrtab are
    added. Link/info name sections by their 1-based index in the list."""
    shstr = b"\0"
    names = []
    for s in sections + [(".shstrtab",)]:
        names.append(len(shstr))
        shstr += s[0].encode() + b"\0"
    body = bytearray()
    offsets = []
    for s in sections:
        while (52 + len(body)) % 4:
            body += b"\0"
        offsets.append(52 + len(body))
        body += s[3]
    offsets.append(52 + len(body))
    body += shstr
    while (52 + len(body)) % 4:
        body += b"\0"
    shoff = 52 + len(body)
    count = len(sections) + 2
    shstrndx = count - 1
    # ELF's extended numbering past SHN_LORESERVE: the counts move into
    # section 0's sh_size and sh_link.
    extended = count >= 0xFF00
    headers = [struct.pack("<10I", 0, 0, 0, 0, 0,
                           count if extended else 0,
                           shstrndx if extended else 0, 0, 0, 0)]
    for i, (name, typ, flags, data, link, info, align, entsize) in \
            enumerate(sections):
        headers.append(struct.pack("<10I", names[i], typ, flags, 0,
                                   offsets[i], len(data), link, info, align,
                                   entsize))
    headers.append(struct.pack("<10I", names[-1], SHT_STRTAB, 0, 0,
                               offsets[-1], len(shstr), 0, 0, 1, 0))
    header = b"\x7fELF\x01\x01\x01" + b"\0" * 9 + struct.pack(
        "<HHIIIIIHHHHHH", 1, 40, 1, 0, 0, shoff, 0x05000000, 52, 0, 0, 40,
        0 if extended else count, 0xFFFF if extended else shstrndx)
    return header + bytes(body) + b"".join(headers)


def mapping_object(n):
    """.text (index 1) and .data (2); n $d symbols at .data+0; n ABS32
    relocations at .data+0 against _start."""
    strtab = b"\0$a\0$d\0_start\0"
    syms = [sym(0, 0, 0, 0), sym(1, 0, 0, 1)] + [sym(4, 0, 0, 2)] * n
    first_global = len(syms)
    syms.append(sym(7, 0, 0x12, 1))
    rel = struct.pack("<II", 0, (first_global << 8) | R_ARM_ABS32) * n
    return elf([
        (".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXEC,
         struct.pack("<I", 0xE12FFF1E), 0, 0, 4, 0),
        (".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, b"\0" * 4, 0, 0, 4,
         0),
        (".rel.data", SHT_REL, SHF_INFO_LINK, rel, 4, 2, 4, 8),
        (".symtab", SHT_SYMTAB, 0, b"".join(syms), 5, first_global, 4, 16),
        (".strtab", SHT_STRTAB, 0, strtab, 0, 0, 1, 0),
    ])


def sections_object(n, sites, kind):
    """.text, n one-word sections .sN (indexes 2..n+1), and `sites`
    relocations of `kind` at .s0+0 against _start."""
    strtab = b"\0$a\0_start\0"
    syms = [sym(0, 0, 0, 0), sym(1, 0, 0, 1), sym(4, 0, 0x12, 1)]
    rel = struct.pack("<II", 0, (2 << 8) | kind) * sites
    secs = [(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXEC,
             struct.pack("<I", 0xE12FFF1E), 0, 0, 4, 0)]
    for i in range(n):
        secs.append((".s%d" % i, SHT_PROGBITS, SHF_ALLOC | SHF_WRITE,
                     b"\0" * 4, 0, 0, 4, 0))
    symtab = n + 3
    secs += [
        (".rel.s0", SHT_REL, SHF_INFO_LINK, rel, symtab, 2, 4, 8),
        (".symtab", SHT_SYMTAB, 0, b"".join(syms), symtab + 1, 2, 4, 16),
        (".strtab", SHT_STRTAB, 0, strtab, 0, 0, 1, 0),
    ]
    return elf(secs)


def locals_object(n):
    """.text and n two-byte sections .dN (indexes 2..n+1), each with two
    local symbols (the output's symbol table names each one's section)."""
    strtab = b"\0$a\0_start\0l\0"
    # (name, value, info, section index); an index past 0xff00 is written
    # as SHN_XINDEX with the index in .symtab_shndx (gABI).
    entries = [(0, 0, 0, 0), (1, 0, 0, 1)]
    for i in range(n):
        entries += [(11, 0, 0, i + 2), (11, 1, 0, i + 2)]
    first_global = len(entries)
    entries.append((4, 0, 0x12, 1))
    extended = any(e[3] >= 0xFF00 for e in entries)
    syms = [sym(nm, v, info, 0xFFFF if ix >= 0xFF00 else ix)
            for nm, v, info, ix in entries]
    secs = [(".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXEC,
             struct.pack("<I", 0xE12FFF1E), 0, 0, 4, 0)]
    for i in range(n):
        secs.append((".d%d" % i, SHT_PROGBITS, SHF_ALLOC, b"\0\0", 0, 0, 1,
                     0))
    symtab = n + 2
    secs += [
        (".symtab", SHT_SYMTAB, 0, b"".join(syms), symtab + 1, first_global,
         4, 16),
        (".strtab", SHT_STRTAB, 0, strtab, 0, 0, 1, 0),
    ]
    if extended:
        table = b"".join(struct.pack("<I", ix if ix >= 0xFF00 else 0)
                         for _, _, _, ix in entries)
        secs.append((".symtab_shndx", SHT_SYMTAB_SHNDX, 0, table, symtab, 0,
                     4, 4))
    return elf(secs)


def timed(cmd, rounds):
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        done = subprocess.run(cmd, stdout=subprocess.DEVNULL,
                              stderr=subprocess.PIPE, text=True)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            sys.exit("bench: %s failed: %s" % (cmd[0],
                                                done.stderr.strip()[:300]))
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=15000,
                    help="the smaller size (default 15000)")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--relocheck", default=RELOCHECK,
                    help="the binary to time (default build/bin/relocheck)")
    ap.add_argument("--shapes", default="mapping,sections,sbrel,locals",
                    help="comma-separated shapes to time (default: all)")
    args = ap.parse_args()
    if not os.access(args.relocheck, os.X_OK):
        sys.exit("bench: no %s; run tools/setup.sh first" % args.relocheck)
    shapes = {
        "mapping": lambda n: mapping_object(n),
        "sections": lambda n: sections_object(n, 1, R_ARM_ABS32),
        "sbrel": lambda n: sections_object(n, 4 * n, R_ARM_SBREL32),
        "locals": lambda n: locals_object(n),
    }
    wanted = args.shapes.split(",")
    unknown = [w for w in wanted if w not in shapes]
    if unknown:
        sys.exit("bench: unknown shape %s; the shapes are %s" % (
            unknown[0], ", ".join(shapes)))
    shapes = {k: v for k, v in shapes.items() if k in wanted}
    print("%-9s %8s %10s %10s %6s   %10s %10s %6s" % (
        "shape", "N", "relocheck", "at 4N", "ratio", "ld.lld", "at 4N",
        "ratio"))
    with tempfile.TemporaryDirectory() as work:
        for shape, make in shapes.items():
            row = []
            for n in (args.n, 4 * args.n):
                obj = os.path.join(work, "%s-%d.o" % (shape, n))
                with open(obj, "wb") as f:
                    f.write(make(n))
                out = os.path.join(work, "out.elf")
                row.append((
                    timed([args.relocheck, "link", obj, "-o", out], args.rounds),
                    timed([LLD, "-m", "armelf", "-e", "_start", obj, "-o",
                           out], args.rounds)))
            (r1, l1), (r4, l4) = row
            print("%-9s %8d %9.3fs %9.3fs %6.1f   %9.3fs %9.3fs %6.1f" % (
                shape, args.n, r1, r4, r4 / r1, l1, l4, l4 / l1))


if __name__ == "__main__":
    main()
