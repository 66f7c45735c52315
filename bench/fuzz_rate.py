#!/usr/bin/env python3
"""Fuzz target speed as ratios against an empty libFuzzer target, same run.

Builds (if needed) build-fuzz/ (libFuzzer + ASan + UBSan, what campaigns
run) and build-fuzz-nosan/ (libFuzzer only), compiles bench/empty_target.cpp
into each with the same flags, then runs every target alone on one core for
--seconds from an empty corpus and reports executions per second:

  encoder_invariants vs empty, both sanitized   target: ratio >= 0.5
  whole_program without sanitizers              target: >= 2000 exec/s

--decompose also builds build-fuzz-nocov/ (ASan+UBSan, no coverage at all:
-DRELOCHECK_COVERAGE_OVERRIDE=none) and runs encoder_invariants there from
its seed corpus: what is left without libFuzzer's per-run coverage work is
the target's own cost.

Rates are executions per CPU second of the fuzzer process (user + system,
from its rusage), so that other work on the machine slows the clock less
than it slows the count; the wall-clock rate libFuzzer itself reports is
printed beside it. --repeat N runs the whole list N times, interleaved,
and takes each line's median.
"""
import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(
    os.path.abspath(__file__))), "tools"))
from fuzzbuild import ROOT, build_fuzz, libfuzzer_flags  # noqa: E402

TARGETS = ["encoder_invariants", "whole_program"]
SAN = "-fsanitize=fuzzer,address,undefined"
NOCOV = "encoder_invariants, no coverage, seeds (ASan+UBSan)"


def rate(binary, flags, seconds, seeds=None):
    corpus = tempfile.mkdtemp(prefix="fuzz-rate.")
    for name in sorted(os.listdir(seeds)) if seeds else []:
        shutil.copy(os.path.join(seeds, name), corpus)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.monotonic()
    out = subprocess.run([binary, *flags, f"-max_total_time={seconds}",
                          "-print_final_stats=1", corpus],
                         capture_output=True, text=True, errors="replace")
    wall = time.monotonic() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    shutil.rmtree(corpus, ignore_errors=True)
    if out.returncode != 0:
        sys.exit(f"fuzz_rate: {binary} failed:\n{out.stderr[-2000:]}")
    units = int(re.search(r"stat::number_of_executed_units:\s*(\d+)",
                          out.stderr).group(1))
    cpu = (after.ru_utime - before.ru_utime) + \
        (after.ru_stime - before.ru_stime)
    return units / cpu, units / wall


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seconds", type=int, default=20)
    ap.add_argument("--repeat", type=int, default=1,
                    help="run every line N times, interleaved; medians")
    ap.add_argument("--decompose", action="store_true",
                    help="also run encoder_invariants without coverage")
    args = ap.parse_args()

    san = os.path.join(ROOT, "build-fuzz")
    nosan = os.path.join(ROOT, "build-fuzz-nosan")
    print("building build-fuzz/ and build-fuzz-nosan/ ...", file=sys.stderr)
    build_fuzz(san, ["-DRELOCHECK_FUZZ=ON"], TARGETS)
    build_fuzz(nosan, ["-DRELOCHECK_FUZZING_ENGINE=-fsanitize=fuzzer",
                      "-DCMAKE_C_FLAGS=-fsanitize=fuzzer-no-link",
                      "-DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link"],
               TARGETS)
    nocov = os.path.join(ROOT, "build-fuzz-nocov")
    if args.decompose:
        build_fuzz(nocov, ["-DRELOCHECK_FUZZ=ON",
                           "-DRELOCHECK_COVERAGE_OVERRIDE=none"],
                   ["encoder_invariants"])
    empty = os.path.join(ROOT, "bench", "empty_target.cpp")
    for build_dir, flag in ((san, SAN), (nosan, "-fsanitize=fuzzer")):
        subprocess.run(["clang++-22", "-O2", flag, empty, "-o",
                        os.path.join(build_dir, "bin", "empty_target")],
                       check=True)

    runs = [("empty (ASan+UBSan)", san, "empty_target", []),
            ("encoder_invariants (ASan+UBSan)", san, "encoder_invariants",
             libfuzzer_flags("encoder_invariants")),
            ("empty (no sanitizers)", nosan, "empty_target", []),
            ("encoder_invariants (no sanitizers)", nosan,
             "encoder_invariants", libfuzzer_flags("encoder_invariants")),
            ("whole_program (no sanitizers)", nosan, "whole_program",
             libfuzzer_flags("whole_program")),
            ("whole_program (ASan+UBSan)", san, "whole_program",
             libfuzzer_flags("whole_program"))]
    seeds = {}
    if args.decompose:
        runs.insert(2, (NOCOV, nocov, "encoder_invariants",
                        libfuzzer_flags("encoder_invariants")))
        seeds[NOCOV] = os.path.join(ROOT, "corpus", "encoder_invariants")
    samples = {label: [] for label, *_ in runs}
    for _ in range(max(1, args.repeat)):
        for label, build_dir, target, flags in runs:
            samples[label].append(
                rate(os.path.join(build_dir, "bin", target), flags,
                     args.seconds, seeds.get(label)))
    rates = {}
    print(f"{'':52} {'per CPU s':>12} {'per wall s':>12}")
    for label, got in samples.items():
        rates[label] = statistics.median(cpu for cpu, _ in got)
        wall = statistics.median(w for _, w in got)
        print(f"{label:52} {rates[label]:12,.0f} {wall:12,.0f}", flush=True)

    ratio = rates["encoder_invariants (ASan+UBSan)"] / \
        rates["empty (ASan+UBSan)"]
    wp = rates["whole_program (no sanitizers)"]
    if args.decompose:
        own = rates[NOCOV] / rates["empty (ASan+UBSan)"]
        print(f"\nencoder_invariants / empty without coverage: {own:.2f} "
              "(the target's own work; the rest of the gap is coverage)")
    print(f"\nencoder_invariants / empty, sanitized: {ratio:.2f} "
          f"(target >= 0.50): {'met' if ratio >= 0.5 else 'MISSED'}")
    print(f"whole_program without sanitizers: {wp:,.0f} exec/s on one core "
          f"(target >= 2,000): {'met' if wp >= 2000 else 'MISSED'}")
    return 0 if ratio >= 0.5 and wp >= 2000 else 1


if __name__ == "__main__":
    sys.exit(main())
