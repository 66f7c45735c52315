#!/usr/bin/env python3
"""Measure how fast each fuzz target finds each planted fault.

Builds build-faults/ (clang-22, libFuzzer + ASan/UBSan, RELOCHECK_PLANT_FAULTS=ON),
then for every fault listed by `relocheck faults` and every target, runs the
target with RELOCHECK_FAULT=<fault> on a fresh corpus until it reports a
failure or the budget runs out. Prints one line per run as it ends, then a
table, and writes a markdown report. Exit status 1 when some fault was found
by no target, 0 otherwise.

  tools/fault-hunt.py                      # 600 s per run, 2 jobs, empty corpora
  tools/fault-hunt.py --budget 120 --seeds # start from corpus/<target>/

A control run per target (no fault planted) comes first: a target that fails
without a fault would make every time below meaningless, so the hunt stops.
"""
import argparse
import concurrent.futures
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from fuzzbuild import ROOT, BuildError, build_fuzz, check_build_dir, \
    check_path, duration, fuzz_targets, libfuzzer_flags, names, positive

TARGETS = ["encoder_invariants", "jitlink_diff", "whole_program"]
LIVE = set()  # running fuzzers, stopped with us (SIGINT, SIGTERM)


def stop(signum, _frame):
    for proc in list(LIVE):
        proc.kill()
    log(f"fault-hunt: stopped by signal {signum}")
    os._exit(128 + signum)


def list_faults(build_dir):
    """name -> description, from `relocheck faults` of any build."""
    for d in (build_dir, os.path.join(ROOT, "build")):
        exe = os.path.join(d, "bin", "relocheck")
        if os.path.exists(exe):
            out = subprocess.run([exe, "faults"], check=True,
                                 capture_output=True, text=True).stdout
            return dict(line.split("\t", 1) for line in out.splitlines())
    return None


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def hunt(build_dir, target, fault, budget, seeds, workdir):
    """One run: (seconds, finding or None)."""
    run_dir = tempfile.mkdtemp(prefix=f"{target}.{fault or 'control'}.",
                               dir=workdir)
    corpus = os.path.join(run_dir, "corpus")
    if seeds:
        shutil.copytree(os.path.join(ROOT, "corpus", target), corpus)
    else:
        os.mkdir(corpus)
    env = dict(os.environ)
    env.pop("RELOCHECK_FAULT", None)
    if fault:
        env["RELOCHECK_FAULT"] = fault
    cmd = [os.path.join(build_dir, "bin", target), *libfuzzer_flags(target),
           f"-max_total_time={budget}", f"-artifact_prefix={run_dir}/",
           "-print_final_stats=0", corpus]
    start = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True,
                            errors="replace")
    LIVE.add(proc)
    try:
        _, stderr = proc.communicate(timeout=budget + 120)
    except subprocess.TimeoutExpired:
        proc.kill()
        _, stderr = proc.communicate()
    finally:
        LIVE.discard(proc)
    seconds = time.monotonic() - start
    crashes = [f for f in os.listdir(run_dir) if f.startswith(("crash-",
                                                               "leak-",
                                                               "timeout-"))]
    if proc.returncode == 0 and not crashes:
        shutil.rmtree(run_dir)
        return seconds, None
    lines = stderr.splitlines()
    # The target's own one-line finding (encoder_invariants and
    # whole_program: "invariant violated"; jitlink_diff: "jitlink
    # disagrees"), else the sanitizer's.
    why = next((l for l in lines if "invariant violated" in l or
                l.startswith("jitlink disagrees")), None)
    why = why or next((l for l in lines if "ERROR:" in l), "exit status %d"
                      % proc.returncode)
    artifact = os.path.join(run_dir, crashes[0]) if crashes else run_dir
    return seconds, (why.strip(), artifact)


def replay_verdict(build_dir, target, fault, artifact):
    """Whether the input replays as the report says: its target's replay
    driver fails with the fault planted and passes without it."""
    replay = os.path.join(build_dir, "bin", target + "-replay")

    def status(env_fault):
        env = {k: v for k, v in os.environ.items() if k != "RELOCHECK_FAULT"}
        if env_fault:
            env["RELOCHECK_FAULT"] = env_fault
        try:
            return subprocess.run([replay, artifact], env=env,
                                  stdout=subprocess.DEVNULL,
                                  stderr=subprocess.DEVNULL,
                                  timeout=120).returncode
        except (OSError, subprocess.TimeoutExpired) as e:
            return f"not run: {e}"

    with_fault, without = status(fault), status(None)
    for said in (with_fault, without):
        if isinstance(said, str):
            return f"its replay could not be run: {said}"
    if with_fault == 0:
        return "it passes with the fault too (a flaky finding?)"
    if without != 0:
        return f"it fails without the fault too (status {without})"
    return None


def whole_seconds(text):
    """argparse type: a duration (120, 90s, 10m), as whole seconds for
    libFuzzer's -max_total_time."""
    return max(1, round(duration(text)))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--budget", type=whole_seconds, default=600,
                    help="time per (fault, target) run: 120, 90s, 10m "
                    "(default 600 s); a run ends at its first find, so the "
                    "hunt takes at most faults x targets x budget / jobs")
    ap.add_argument("--control", type=whole_seconds, default=30,
                    help="time of the no-fault control run per target "
                    "(default 30 s)")
    ap.add_argument("--jobs", type=positive, default=2,
                    help="runs side by side (default 2)")
    ap.add_argument("--faults", type=names,
                    help="comma-separated subset of faults")
    ap.add_argument("--targets", type=names, default=TARGETS,
                    help="comma-separated targets (default: " +
                    ",".join(TARGETS) + ")")
    ap.add_argument("--seeds", action="store_true",
                    help="start from corpus/<target>/ instead of empty")
    ap.add_argument("--build-dir", default=os.path.join(ROOT, "build-faults"))
    ap.add_argument("--out", default=os.path.join(ROOT, "fault-hunt"),
                    help="report and failing inputs go here")
    args = ap.parse_args()
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)

    targets = args.targets
    unknown = [t for t in targets if t not in fuzz_targets()]
    if unknown:
        sys.exit("fault-hunt: no fuzz target %s (targets are fuzz/*.cpp)"
                 % ", ".join(unknown))
    def pick(faults):
        if not args.faults:
            return faults
        unknown = [f for f in args.faults if f not in faults]
        if unknown:
            sys.exit("fault-hunt: unknown fault(s) %s (see relocheck faults)"
                     % ", ".join(unknown))
        return {f: faults[f] for f in args.faults}

    # A typo costs no build: the names as the sources declare them (a
    # build from before a fault was added would not know it yet).
    with open(os.path.join(ROOT, "harness", "encode", "Faults.cpp")) as fh:
        declared = re.findall(r'\{Fault::\w+,\s*"([^"]+)"', fh.read())
    pick({name: "" for name in declared})
    args.build_dir = os.path.abspath(args.build_dir)
    check_build_dir(args.build_dir, True, "fault-hunt")
    check_path(os.path.abspath(args.out), "--out", "fault-hunt")
    if os.path.exists(args.out) and not os.path.isdir(args.out):
        sys.exit(f"fault-hunt: --out {args.out} is a file, not a folder")
    first = not os.path.exists(os.path.join(args.build_dir,
                                            "CMakeCache.txt"))
    log(f"fault-hunt: building {args.build_dir}" +
        (" (the first time: a few minutes)" if first else ""))
    try:
        build_fuzz(args.build_dir,
                   ["-DRELOCHECK_FUZZ=ON", "-DRELOCHECK_PLANT_FAULTS=ON"],
                   # the -replay programs: the report's replay commands
                   ["relocheck", *targets, *(t + "-replay" for t in targets)],
                   args.jobs)
    except BuildError as e:
        sys.exit(f"fault-hunt: {e}")
    faults = pick(list_faults(args.build_dir))
    try:
        os.makedirs(args.out, exist_ok=True)
    except OSError as e:
        sys.exit(f"fault-hunt: cannot use --out {args.out}: {e.strerror}")
    workdir = tempfile.mkdtemp(prefix="runs.", dir=args.out)

    control_lines = []
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        controls = {t: pool.submit(hunt, args.build_dir, t, None,
                                   args.control, args.seeds, workdir)
                    for t in targets}
        for t, fut in controls.items():
            seconds, finding = fut.result()
            if finding:
                sys.exit(f"fault-hunt: {t} fails with no fault planted "
                         f"({finding[0]}; input {finding[1]}): fix that first")
            log(f"control  {t}: nothing found in {seconds:.0f} s")
            control_lines.append(f"- control, no fault planted: `{t}` "
                                 f"found nothing in {seconds:.0f} s")

        runs = {(f, t): pool.submit(hunt, args.build_dir, t, f, args.budget,
                                    args.seeds, workdir)
                for f in faults for t in targets}
        results = {}
        for (f, t), fut in runs.items():
            results[(f, t)] = fut.result()
            seconds, finding = results[(f, t)]
            state = f"found in {seconds:.1f} s" if finding else \
                f"not found in {args.budget} s"
            log(f"{f:22} {t:20} {state}")

    header = ["fault", *targets, "first finding"]
    rows = []
    missed = []
    replays = []
    for f, what in faults.items():
        cells, first = [], None
        for t in targets:
            seconds, finding = results[(f, t)]
            cells.append(f"{seconds:.1f} s" if finding else "-")
            if finding and (first is None or seconds < first[0]):
                first = (seconds, t, finding)
        if first is None:
            missed.append(f)
        else:
            _, t, finding = first
            odd = replay_verdict(args.build_dir, t, f, finding[1])
            replays.append(f"- `{f}`: `RELOCHECK_FAULT={f} "
                           f"{os.path.join(args.build_dir, 'bin', t)}"
                           f"-replay {finding[1]}`"
                           + (f" (**{odd}**)" if odd else ""))
            if odd:
                log(f"{f}: the first finding's replay: {odd}")
        rows.append([f, *cells, f"{first[1]}: {first[2][0]}" if first
                     else "NOT FOUND"])

    mode = "seed corpora" if args.seeds else "empty corpora"
    report = [f"# Fault hunt: {len(faults)} planted faults, {mode}, "
              f"{args.budget} s budget per run, {args.jobs} job"
              + ("s" if args.jobs != 1 else ""), "",
              "Time from start to the first failing input ('-': none within "
              "the budget). First finding: the target that found the fault "
              "first, and its report's first line (jitlink_diff names how "
              "the bytes differ from JITLink's, so a planted fault can read "
              "as a known JITLink departure).", "",
              "| " + " | ".join(header) + " |",
              "|" + "---|" * len(header)]
    report += ["| " + " | ".join(r) + " |" for r in rows]
    report += [""] + control_lines
    if replays:
        report += ["", "The first failing input of each, to replay; each "
                   "was replayed here, and fails with the fault planted "
                   "and passes without unless it says otherwise:",
                   ""] + replays
    report += ["", "Faults:", ""] + [f"- `{f}`: {w}" for f, w in
                                     faults.items()]
    path = os.path.join(args.out, "report.md")
    with open(path, "w") as fh:
        fh.write("\n".join(report) + "\n")
    print("\n".join(report[4:4 + 2 + len(rows)]))
    found = len(faults) - len(missed)
    print(f"\n{found} of {len(faults)} faults found; report: {path}")
    if missed:
        print("not found: " + ", ".join(missed))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
