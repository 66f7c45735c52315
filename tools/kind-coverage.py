#!/usr/bin/env python3
"""Every supported kind is tested: some golden under golden/ holds an
applied site of it, and the lit test under lit-tests/ that the golden
belongs to is there, and lit runs it against the golden (%check).

  tools/kind-coverage.py [--relocheck BIN] [--root DIR]

Reads the kinds table from `relocheck kinds`. Prints one line per kind
without a golden and exits 1; exits 0 when every kind has one. A kind
LLVM MC cannot emit (no name `.reloc` takes) cannot be in a golden, which
only assembly tests have: it is listed below with the lit test that
covers it instead, which must name it.
"""
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# Kind -> the lit test (from the repository root) that covers it through
# an object written by yaml2obj.
NOT_ASSEMBLABLE = {
    "R_ARM_THM_GOT_BREL12": "lit-tests/kinds/got/thm-got-brel12.test",
}


def test_runs(root, rel):
    """Whether lit runs lit-tests/REL and compares it with its golden: a
    regular file outside Inputs/ (lit.cfg.py's excludes; REL ends in .s,
    one of its suffixes) whose RUN lines use %check (check with the
    golden folder)."""
    test = os.path.join(root, "lit-tests", rel)
    if not os.path.isfile(test) or "Inputs" in rel.split(os.sep):
        return False
    try:
        with open(test, errors="replace") as f:
            return any("RUN:" in line and "%check" in line for line in f)
    except OSError:
        return False


def main():
    args = sys.argv[1:]
    binary = os.path.join(ROOT, "build", "bin", "relocheck")
    root = ROOT
    while args:
        flag = args.pop(0)
        if flag in ("--relocheck", "--root") and args:
            value = args.pop(0)
            if flag == "--relocheck":
                binary = value
            else:
                root = value
        elif flag in ("-h", "--help"):
            print(__doc__.strip())
            return 0
        else:
            sys.exit(f"kind-coverage: unknown argument '{flag}' "
                     "(see --help)")
    try:
        table = subprocess.run([binary, "kinds"], capture_output=True,
                               text=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError) as e:
        sys.exit(f"kind-coverage: cannot run '{binary} kinds': {e}")
    kinds = [row.split()[1] for row in table.splitlines()[1:]
             if row.split() and row.split()[-1] == "supported"]
    if not kinds:
        sys.exit(f"kind-coverage: '{binary} kinds' listed no kinds")
    seen = set()
    # A site the golden records as applied (an error line is no test of
    # the encoding).
    site = re.compile(r"^\+?\S+ (R_ARM_\w+) ")
    golden = os.path.join(root, "golden")
    if not os.path.isdir(golden) or not os.path.isdir(
            os.path.join(root, "lit-tests")):
        sys.exit(f"kind-coverage: {root} has no golden/ and lit-tests/ "
                 "folders (--root names the repository)")
    for folder, dirs, files in os.walk(golden):
        dirs[:] = [d for d in dirs if d != "Inputs"]
        for name in files:
            path = os.path.join(folder, name)
            if not name.endswith(".golden") or not os.path.isfile(path):
                continue
            rel = os.path.relpath(path, golden)
            if not test_runs(root, rel[:-len(".golden")] + ".s"):
                continue
            with open(path, errors="replace") as f:
                for line in f:
                    m = site.match(line)
                    if m and " error: " not in line:
                        seen.add(m.group(1))
    missing = 0
    for kind in kinds:
        if kind in seen:
            continue
        test = NOT_ASSEMBLABLE.get(kind)
        if test:
            path = os.path.join(root, test)
            try:
                with open(path, errors="replace") as f:
                    if kind in f.read():
                        continue
            except OSError:
                pass
            print(f"{kind}: {test} should cover it (LLVM MC cannot emit "
                  "it) but does not name it")
        else:
            print(f"{kind}: no golden under golden/ has a site of it; add "
                  "a lit test under lit-tests/kinds/ and its golden "
                  "(docs/adding-a-relocation.md, steps 6 and 7)")
        missing += 1
    if missing:
        print(f"{missing} of {len(kinds)} supported kinds untested")
        return 1
    print(f"{len(kinds)} supported kinds, each with a lit test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
