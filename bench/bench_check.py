#!/usr/bin/env python3
"""Per-test cost of `relocheck check` against the conventional pipeline.

Both sides run the same tests in the same run on the same machine:
  conventional: llvm-mc -> ld.lld -> llvm-objdump -d -> FileCheck
  relocheck:    relocheck check FILE           (one process per test)
  batched:      relocheck check FILE FILE ...  (one process for all tests)
The tests are generated here: each places a caller and callees in separate
sections and has six relocation sites (ARM BL/BLX, Thumb BL/BLX, MOVW/MOVT,
a data word), so every pipeline does real relocation work. The FileCheck
step checks the disassembled branch destinations, as a hand-written lld test
would.

Prints medians over ROUNDS rounds and the ratio conventional / relocheck;
the target is at least 10x.
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RELOCHECK = os.path.join(REPO, "build", "bin", "relocheck")
LLVM = "/usr/lib/llvm-22/bin"
NUM_TESTS = int(os.environ.get("BENCH_TESTS", "40"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "3"))

TEMPLATE = """\
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.thumbfn={thumb:#x}
@ CHECK: bl 0x{armfn:x} <fnA{n}>
@ CHECK: blx 0x{thumb:x} <fnT{n}>
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
c1:     bl fnA{n}
@ expect c1 branch: fnA{n} arm
c2:     bl fnT{n}
@ expect c2 branch: fnT{n} thumb
m1:     movw r0, #:lower16:fnT{n}
m2:     movt r0, #:upper16:fnT{n}
@ expect m1 pair m2: fnT{n}
        bx lr
        .globl fnA{n}
        .type fnA{n}, %function
fnA{n}: bx lr
        .section .thumbfn, "ax", %progbits
        .thumb
        .globl fnT{n}
        .type fnT{n}, %function
fnT{n}: bl fnA{n}
        bx lr
        .data
w{n}:   .word fnT{n} + {n}
"""


def make_tests(folder):
    paths = []
    for n in range(NUM_TESTS):
        thumb = 0x22000 + 0x1000 * n + 2 * (n % 2)
        text = TEMPLATE.format(n=n, thumb=thumb, armfn=0x20014)
        path = os.path.join(folder, f"t{n}.s")
        with open(path, "w") as f:
            f.write(text)
        paths.append((path, thumb))
    return paths


def run(cmd):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.PIPE)


def conventional(path, thumb, work):
    obj = os.path.join(work, "t.o")
    elf = os.path.join(work, "t.elf")
    run([f"{LLVM}/llvm-mc", "-triple=armv7a-none-eabi",
         "-arm-add-build-attributes", "-filetype=obj", path, "-o", obj])
    run([f"{LLVM}/ld.lld", "-static", "-Ttext=0x20000",
         f"--section-start=.thumbfn={thumb:#x}", obj, "-o", elf])
    dis = subprocess.run([f"{LLVM}/llvm-objdump", "-d", elf], check=True,
                         capture_output=True)
    subprocess.run([f"{LLVM}/FileCheck", path], input=dis.stdout, check=True,
                   stdout=subprocess.DEVNULL)


def timed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main():
    for tool in (RELOCHECK, f"{LLVM}/ld.lld", f"{LLVM}/llvm-mc"):
        if not os.path.exists(tool):
            sys.exit(f"bench: error: {tool} not found (run tools/setup.sh)")
    with tempfile.TemporaryDirectory(prefix="relocheck-bench.") as work:
        tests = make_tests(work)
        files = [p for p, _ in tests]
        # Correctness first: both pipelines must pass every test.
        for p, thumb in tests:
            conventional(p, thumb, work)
        run([RELOCHECK, "check"] + files)

        conv, single, batch = [], [], []
        for r in range(ROUNDS):
            conv.append(timed(lambda: [conventional(p, t, work)
                                       for p, t in tests]) / len(tests))
            single.append(timed(lambda: [run([RELOCHECK, "check", p])
                                         for p in files]) / len(tests))
            batch.append(timed(lambda: run([RELOCHECK, "check"] + files))
                         / len(tests))
            print(f"round {r + 1}/{ROUNDS}: conventional "
                  f"{conv[-1] * 1e3:.2f} ms, relocheck {single[-1] * 1e3:.2f}"
                  f" ms, batched {batch[-1] * 1e3:.3f} ms per test",
                  file=sys.stderr)

    c, s, b = (statistics.median(x) * 1e3 for x in (conv, single, batch))
    print(f"tests: {len(tests)} x {ROUNDS} rounds, 6 relocation sites each")
    print(f"conventional (llvm-mc + ld.lld + llvm-objdump + FileCheck): "
          f"{c:.2f} ms/test")
    print(f"relocheck check, one process per test: {s:.2f} ms/test "
          f"(ratio {c / s:.1f}x)")
    print(f"relocheck check, one process for all:  {b:.3f} ms/test "
          f"(ratio {c / b:.1f}x)")
    target = 10.0
    verdict = "meets" if c / s >= target else "misses"
    print(f"target >= {target:.0f}x per test (one process per test): "
          f"{verdict}")


if __name__ == "__main__":
    main()
