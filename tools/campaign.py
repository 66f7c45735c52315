#!/usr/bin/env python3
"""Overnight fuzz campaign over relocheck's libFuzzer targets.

  tools/campaign.py --budget 8h              # every target, every core
  tools/campaign.py --resume                 # go on after a stop or a crash
  tools/campaign.py --budget 10m --jobs 2 --targets encoder_invariants

Builds build-fuzz/ (clang-22, libFuzzer, ASan, UBSan; tools/fuzzbuild.py)
and runs every target side by side, for --budget of fuzzing each, in
libFuzzer's fork mode (crashes do not stop it) with the target's options
file and dictionary. The jobs are shared out: each target gets
max(1, jobs / targets) worker processes. Everything lives in --dir
(default campaign/): corpora seeded from corpus/<target>/, raw failing
inputs, the fuzzers' logs, state.json and timeseries.csv. Killed or
stopped (Ctrl-C, SIGTERM), it stops its fuzzers and keeps its state;
run it again with the same --dir to go on with the remaining budget.

At the end it merges and minimises each corpus (-merge=1), deduplicates
the failures by their key (the fuzz target's "invariant violated [KEY]"
line, or a sanitizer report's kind and function), minimises one input
per key (-minimize_crash=1), writes it to crashes/<target>/ and a lit
regression test for it to tests/<target>/, checks that each test fails on
the build that found it, and writes report.md and progress.png.
"""
import argparse
import concurrent.futures
import csv
import ctypes
import errno
import fcntl
import json
import os
import re
import shutil
import signal
import stat
import subprocess
import sys
import time

from fuzzbuild import ROOT, BuildError, build_fuzz, check_build_dir, \
    check_path, cmake_home, duration, finding_key, finding_line, \
    fuzz_targets, libfuzzer_flags, names, planted_faults, positive, \
    positive_up_to
import campaign_finish
from campaign_finish import FS_TROUBLE, ROOM, check_room, free_bytes
import campaign_report
from campaign_report import CSV_FIELDS, fmt_count, fmt_time

STATE_VERSION = 1
# Bounds of what state.json may hold, and so of what the command line may
# ask (4096 jobs would be a fork bomb; minimising one failure for more
# than a day is no campaign).
MAX_JOBS = 4096
MAX_MINIMIZE = 86400
STOP = []  # the signal that asked us to stop, once one has
RATE_WINDOW = 60  # seconds over which exec/s is measured


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def on_signal(signum, _frame):
    if not STOP:
        STOP.append(signum)


class Stopped(Exception):
    """A signal asked the campaign to stop; state is saved, fuzzers ended."""


# -- arguments ---------------------------------------------------------------

def parse_args():
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n")[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="\n".join(__doc__.split("\n")[2:5]))
    ap.add_argument("--budget", type=duration,
                    help="fuzzing time per target: 600, 90s, 10m, 8h "
                    "(needed to start; on an existing campaign, the new "
                    "total)")
    ap.add_argument("--resume", action="store_true",
                    help="continue the campaign in --dir with its budget")
    ap.add_argument("--jobs", type=positive_up_to(MAX_JOBS),
                    help="fuzzing processes, shared out among the targets "
                    "with at least one each, as every target fuzzes all "
                    "the time (default: nproc, "
                    f"{os.cpu_count()}; a resumed campaign keeps its own)")
    ap.add_argument("--targets", type=names,
                    help="comma-separated targets (default: every "
                    "fuzz/*.cpp)")
    ap.add_argument("--dir", default=os.path.join(ROOT, "campaign"),
                    help="campaign directory (default: campaign/)")
    ap.add_argument("--fault",
                    help="plant this fault (relocheck faults) in every run; "
                    "implies --planted")
    ap.add_argument("--planted", action="store_true",
                    help="use the RELOCHECK_PLANT_FAULTS build "
                    "(build-faults/)")
    ap.add_argument("--build-dir",
                    help="fuzz build (default build-fuzz/, or build-faults/ "
                    "with --planted)")
    ap.add_argument("--minimize-time", type=positive_up_to(MAX_MINIMIZE),
                    help="seconds of -minimize_crash per unique failure "
                    "(default 60; a resumed campaign keeps its own)")
    ap.add_argument("--refresh", type=positive, default=10,
                    help="seconds between progress samples (default 10)")
    ap.add_argument("--build-only", action="store_true",
                    help="build the fuzz targets and stop")
    args = ap.parse_args()
    args.planted = args.planted or bool(args.fault)
    args.dir = os.path.abspath(args.dir)
    if args.build_dir:
        args.build_dir = os.path.abspath(args.build_dir)
    return args


def default_build_dir(planted):
    return os.path.join(ROOT, "build-faults" if planted else "build-fuzz")


# -- state -------------------------------------------------------------------

def state_path(d):
    return os.path.join(d, "state.json")


def save_state(d, state):
    tmp = state_path(d) + ".tmp"
    with open(tmp, "w") as fh:
        json.dump(state, fh, indent=1, sort_keys=True)
    os.replace(tmp, state_path(d))


def plain_name(name):
    """A file name with no directory part: all a state may name inside
    artifacts/<target>/ (the state is read back from disk, so it is input,
    and a path in it must not reach outside the campaign)."""
    return isinstance(name, str) and name not in ("", ".", "..") and \
        "/" not in name and "\0" not in name


def regular_file(path):
    """Whether path is a regular file (not a FIFO, device or directory,
    which would block or mean nothing); it may be absent."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def is_count(value):
    """A whole number from 0 to 10**15 (a bool is none)."""
    return isinstance(value, int) and not isinstance(value, bool) and \
        0 <= value <= 10 ** 15


def is_seconds(value):
    """A time or count from 0 to 10**15 (NaN and infinity are not)."""
    return isinstance(value, (int, float)) and \
        not isinstance(value, bool) and 0 <= value <= 10 ** 15


def is_text(value):
    return isinstance(value, str)


def is_pair(value):
    """[files, bytes], as a merge or a minimisation records sizes."""
    return isinstance(value, list) and len(value) == 2 and \
        all(is_count(n) for n in value)


def is_merge(value):
    """None (not merged yet) or what merge() records."""
    return value is None or isinstance(value, dict) and \
        is_pair(value.get("before")) and is_pair(value.get("after")) and \
        set(value) <= {"before", "after", "error"} and \
        isinstance(value.get("error", ""), str)


def or_none(check):
    return lambda value: value is None or check(value)


def is_artifact(value):
    return value is None or plain_name(value)


# What a state's per_target entries and findings hold: field -> (check,
# whether the field must be there). Everything the runner and the report
# read is here, so that a damaged state is refused in one line, naming
# the field, before anything runs (not a traceback in the middle).
TARGET_FIELDS = {
    "elapsed": (is_seconds, True), "execs": (is_count, True),
    "sessions": (is_count, True), "failures": (is_count, True),
    "seeds": (is_count, True), "cov": (or_none(is_count), True),
    "ft": (or_none(is_count), True),
    "artifacts": (lambda v: isinstance(v, dict), True),
    "gave_up": (or_none(is_text), True), "merge": (is_merge, True),
    "merge_before": (lambda v: v is None or is_pair(v), False),
    "stopped_at": (is_seconds, False)}
FINDING_FIELDS = {
    "key": (is_text, True), "count": (is_count, True),
    "artifact": (is_artifact, True), "line": (or_none(is_text), True),
    "first_elapsed": (is_seconds, True), "slug": (plain_name, False),
    "minimized_from": (or_none(is_text), False), "sizes": (is_pair, False),
    "minimized": (is_text, False), "input_line": (is_text, False),
    "test": (is_text, False), "rendered": (lambda v: isinstance(v, bool),
                                           False),
    "on_campaign_build": (or_none(is_text), False),
    "on_normal_build": (or_none(is_text), False)}


def fields_problem(obj, fields, where):
    """The first field of obj that is missing or out of shape, said in
    words that name it, or None."""
    if not isinstance(obj, dict):
        return f"{where} is not an object"
    for name, (check, needed) in fields.items():
        if name not in obj:
            if needed:
                return f"{where} has no {name}"
        elif not check(obj[name]):
            return f"{where} has {name} {json.dumps(obj[name])[:40]}"
    return None


def state_problem(state):
    """What is out of shape inside a state's findings and targets, or
    None (the top-level keys' types are checked by load_state)."""
    known = fuzz_targets()
    if not state["targets"]:
        return "no targets"
    for t in state["targets"]:
        if t not in known:
            return f"unknown target {t!r}"
        if state["targets"].count(t) > 1:
            return f"targets names {t!r} twice"
    if state["phase"] not in ("fuzzing", "finishing", "done"):
        return f"phase {json.dumps(state['phase'])[:40]}"
    # A hand-edited or damaged file is input: a huge job count would start
    # a fork bomb, a negative or NaN elapsed time fuzz past the budget.
    if not 1 <= state["jobs"] <= MAX_JOBS:
        return f"jobs {state['jobs']} (expected 1 to {MAX_JOBS})"
    if not is_count(state["sessions"]):
        return f"sessions {state['sessions']}"
    if "minimize_time" in state and not (
            is_count(state["minimize_time"]) and
            1 <= state["minimize_time"] <= MAX_MINIMIZE):
        return f"minimize_time {json.dumps(state['minimize_time'])[:40]}"
    for t, ts in state["per_target"].items():
        if t not in known:
            return f"per_target names unknown target {t!r}"
        problem = fields_problem(ts, TARGET_FIELDS, f"per_target {t!r}")
        if problem:
            return problem
        for name, key in ts["artifacts"].items():
            if not plain_name(name) or not isinstance(key, str):
                return f"per_target {t!r} names artifact {name[:40]!r}"
    for fkey, f in state["findings"].items():
        where = f"finding {fkey[:40]!r}"
        if isinstance(f, dict) and f.get("target") not in known:
            return f"{where} has target {json.dumps(f.get('target'))[:40]}"
        problem = fields_problem(f, FINDING_FIELDS, where)
        if problem:
            return problem
    for t, pgid in state["pgids"].items():
        if not isinstance(pgid, int) or isinstance(pgid, bool) or pgid <= 1:
            return f"pgids has {t[:40]!r}: {json.dumps(pgid)[:20]}"
    return None


def load_state(d):
    if os.path.lexists(state_path(d)) and not regular_file(state_path(d)):
        sys.exit(f"campaign: {state_path(d)} is not a regular file")
    try:
        with open(state_path(d)) as fh:
            state = json.load(fh)
    except FileNotFoundError:
        return None
    except (OSError, ValueError, RecursionError) as e:
        sys.exit(f"campaign: cannot read {state_path(d)}: "
                 f"{type(e).__name__ if isinstance(e, RecursionError) else e}")
    if not isinstance(state, dict):
        sys.exit(f"campaign: {state_path(d)} is not a campaign's state (a "
                 f"JSON {type(state).__name__}, not an object)")
    if state.get("version") != STATE_VERSION:
        sys.exit(f"campaign: {state_path(d)} has version "
                 f"{state.get('version')!r}, expected {STATE_VERSION}")
    shape = {"budget": (int, float), "targets": list, "fault": (str,
             type(None)), "planted": bool, "jobs": int, "build_dir": str,
             "phase": str, "sessions": int, "findings": dict, "pgids": dict,
             "per_target": dict, "created": str}
    for key, kind in shape.items():
        if not isinstance(state.get(key), kind) or isinstance(
                state.get(key), bool) and kind is int:
            sys.exit(f"campaign: {state_path(d)} is not a campaign's state "
                     f"('{key}' is {json.dumps(state.get(key))[:40]})")
    if not 0 < state["budget"] <= 366 * 86400 or \
            not all(isinstance(t, str) for t in state["targets"]):
        sys.exit(f"campaign: {state_path(d)} is not a campaign's state "
                 "(budget or targets out of shape)")
    problem = state_problem(state)
    if problem:
        sys.exit(f"campaign: {state_path(d)} is not a campaign's state "
                 f"({problem})")
    if state["fault"]:
        check_fault(state["fault"])
    return state


def check_state_build_dir(state):
    """Exits unless the build_dir a state names is one this campaign runner
    would build in: the default for its kind (build-fuzz/ or, planted,
    build-faults/ of this checkout), or a folder that already holds a
    CMakeCache.txt of this checkout (an earlier --build-dir the campaign
    configured). state.json is read back from disk, so it is input: a path
    in it (mistyped, hand-edited, or another checkout's) must not be made
    and filled with a build. check_build_dir still checks either kind
    (a default folder that is another tree's build, planted faults)."""
    build_dir = state["build_dir"]
    if "\0" in build_dir:
        why = "a NUL in a path"
    elif os.path.isabs(build_dir):
        if os.path.realpath(build_dir) == \
                os.path.realpath(default_build_dir(state["planted"])):
            return
        home = cmake_home(build_dir) if os.path.isdir(build_dir) else None
        if home and os.path.realpath(home) == os.path.realpath(ROOT):
            return
        why = f"a build of {home}, not of {ROOT}" if home else \
            f"neither {default_build_dir(state['planted'])} nor a folder " \
            f"holding a CMakeCache.txt of {ROOT}"
    else:
        why = "not an absolute path"
    sys.exit(f"campaign: state.json's build_dir {build_dir[:200]!r} is not a "
             f"relocheck fuzz build ({why}); start a new campaign or fix the "
             "file (or name a build with --build-dir)")


def copy_seeds(seeds, corpus):
    """corpus: a copy of the files in the seed folder (none if there is no
    such folder), made beside it and renamed when whole, so that a copy
    cut short (a full disk) leaves no half corpus for a re-run to take as
    whole. An error names the file that failed."""
    part = corpus + ".seeding"
    shutil.rmtree(part, ignore_errors=True)
    os.makedirs(part)
    names = sorted(os.listdir(seeds)) if os.path.isdir(seeds) else []
    for name in names:
        src, dst = os.path.join(seeds, name), os.path.join(part, name)
        if not regular_file(src):
            continue
        try:
            shutil.copyfile(src, dst)
        except OSError as e:
            shutil.rmtree(part, ignore_errors=True)
            raise OSError(e.errno, e.strerror, dst) from None
    os.rename(part, corpus)


def new_target_state(d, target):
    corpus = os.path.join(d, "corpus", target)
    if not os.path.isdir(corpus):
        copy_seeds(os.path.join(ROOT, "corpus", target), corpus)
    return {"elapsed": 0.0, "execs": 0, "sessions": 0, "cov": 0, "ft": 0,
            "seeds": len(os.listdir(corpus)), "failures": 0, "artifacts": {},
            "gave_up": None, "merge": None}


def check_can_start(args):
    """A new campaign needs --budget, and --resume needs an old one."""
    if args.resume:
        sys.exit(f"campaign: nothing to resume in {args.dir} (no "
                 "state.json); start one with --budget")
    if args.budget is None:
        sys.exit("campaign: --budget is needed to start a campaign "
                 "(e.g. --budget 8h)")


# What a campaign makes in --dir besides state.json.
CAMPAIGN_FOLDERS = ("corpus", "artifacts", "logs", "tmp", "keys")


def open_campaign(args):
    """The state to run: a new campaign, or the one in --dir, updated by
    the arguments given. Exits with a one-line error when they clash."""
    state = load_state(args.dir)
    fresh = state is None
    if fresh:
        check_can_start(args)
        state = {"version": STATE_VERSION, "budget": args.budget,
                 "targets": args.targets or fuzz_targets(),
                 "fault": args.fault, "planted": args.planted,
                 "jobs": args.jobs or os.cpu_count() or 1,
                 "build_dir": args.build_dir or
                 default_build_dir(args.planted),
                 "created": time.strftime("%Y-%m-%d %H:%M:%S"),
                 "phase": "fuzzing", "sessions": 0, "findings": {},
                 "pgids": {}, "per_target": {},
                 "minimize_time": args.minimize_time or 60}
    else:
        if args.fault != state["fault"] and args.fault:
            sys.exit(f"campaign: {args.dir} was run with fault "
                     f"{state['fault'] or '(none)'}, not {args.fault}; "
                     "use another --dir")
        if args.fault != state["fault"] and not args.resume:
            # The campaign's own fault, left out: --resume keeps it.
            sys.exit(f"campaign: {args.dir} was run with fault "
                     f"{state['fault']}; add --resume (or --fault "
                     f"{state['fault']}) to go on with it, or use another "
                     "--dir for a campaign without a fault")
        done = max([ts.get("elapsed", 0) for ts in
                    state["per_target"].values()
                    if isinstance(ts, dict)] or [0])
        if args.budget is not None and args.budget < done:
            sys.exit(f"campaign: {args.dir} has fuzzed {fmt_time(done)} per "
                     "target already; --budget is the new total, so give "
                     "more than that")
        if args.budget is not None:
            state["budget"] = args.budget
        if args.targets:
            state["targets"] = args.targets
        if args.jobs:
            state["jobs"] = args.jobs
        if args.minimize_time:
            state["minimize_time"] = args.minimize_time
        state.setdefault("minimize_time", 60)  # a state from before it
        if args.build_dir:
            state["build_dir"] = args.build_dir
        else:  # before anything is built or written
            check_state_build_dir(state)
    # Before anything is made: a refusal leaves no folder behind.
    check_build_dir(state["build_dir"], state["planted"], "campaign")
    try:
        for sub in CAMPAIGN_FOLDERS:
            os.makedirs(os.path.join(args.dir, sub), exist_ok=True)
        for t in state["targets"]:
            if t not in state["per_target"]:
                state["per_target"][t] = new_target_state(args.dir, t)
        save_state(args.dir, state)
    except OSError as e:
        if not fresh:
            raise  # main() says it; the state on disk is untouched
        # A campaign that never had a state.json: take back what this run
        # made, or --dir would hold files and no state.json, which a new
        # start refuses and --resume finds nothing in.
        for sub in CAMPAIGN_FOLDERS:
            shutil.rmtree(os.path.join(args.dir, sub), ignore_errors=True)
        for name in ("state.json", "state.json.tmp"):
            if os.path.lexists(os.path.join(args.dir, name)):
                os.remove(os.path.join(args.dir, name))
        sys.exit(f"campaign: cannot start a campaign in {args.dir}: "
                 f"{e.filename or args.dir}: {e.strerror or e}; nothing of "
                 "it was kept: make room and run the same command again")
    for t in state["targets"]:  # a target given up gets another chance
        ts = state["per_target"][t]
        ts["gave_up"] = None
        if ts["elapsed"] < state["budget"] - 0.5:  # a larger budget, or new
            state["phase"] = "fuzzing"
    return state


# -- processes ---------------------------------------------------------------

def die_with_parent():
    """In the child: SIGKILL when the campaign dies, even by SIGKILL."""
    libc = ctypes.CDLL("libc.so.6", use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def start(cmd, env, out):
    """A child in its own process group, so that stopping it stops the
    processes libFuzzer forks too."""
    return subprocess.Popen(cmd, env=env, stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True,
                            preexec_fn=die_with_parent)


def stop_group(proc, grace=3.0):
    """SIGINT to the child's group (libFuzzer ends cleanly on it), then
    SIGKILL to whatever is left after grace seconds (a fork-mode parent
    waits for its jobs, and a job may be busy with a crash)."""
    for sig, wait in ((signal.SIGINT, grace), (signal.SIGKILL, 5.0)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=wait)
            group_alive = group_members(proc.pid)
            if not group_alive:
                return
        except subprocess.TimeoutExpired:
            pass
    for pid in group_members(proc.pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def group_members(pgid, must_mention=None):
    """Live processes in process group pgid (whose command line mentions
    must_mention, when given)."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[2]) != pgid or fields[0] == "Z":
                continue
            if must_mention:
                with open(f"/proc/{entry}/cmdline", "rb") as fh:
                    if not mentions_dir(fh.read(), must_mention):
                        continue
        except (OSError, ValueError):
            continue
        pids.append(int(entry))
    return pids


def mentions_dir(cmdline, d):
    """Whether a NUL-separated command line names a path inside d as an
    argument (D/corpus/..., -artifact_prefix=D/artifacts/...): a path, not
    any text containing d (/tmp/c is not in /tmp/c2/x)."""
    inside = os.path.abspath(d).encode() + b"/"
    for arg in cmdline.split(b"\0"):
        value = arg.split(b"=", 1)[1] if arg.startswith(b"-") and \
            b"=" in arg else arg
        if value.startswith(inside):
            return True
    return False


def kill_leftovers(d, state):
    """Fuzzers a killed campaign left behind (libFuzzer's jobs outlive their
    parent): their groups are in state.json and their command lines name
    this campaign's directory."""
    for target, pgid in state["pgids"].items():
        if group_members(pgid, must_mention=d):
            log(f"campaign: ending the leftover {target} processes of a "
                f"killed run (process group {pgid})")
            try:
                os.killpg(pgid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    state["pgids"] = {}


def child_env(state, target, d):
    env = dict(os.environ)
    env.pop("RELOCHECK_FAULT", None)
    env.pop("RELOCHECK_FUZZ_TEST", None)
    env.pop("RELOCHECK_FUZZ_KEYS", None)
    if state["fault"]:
        env["RELOCHECK_FAULT"] = state["fault"]
    if target:  # a fuzzer: crash reports stay cheap (replays symbolize)
        env["TMPDIR"] = os.path.join(d, "tmp", target)
        env["RELOCHECK_FUZZ_KEYS"] = keys_file(d, target)
        env["ASAN_OPTIONS"] = "symbolize=0:" + env.get("ASAN_OPTIONS", "")
        return env
    symbolizer = "/usr/lib/llvm-22/bin/llvm-symbolizer"
    if os.path.exists(symbolizer):
        env.setdefault("ASAN_SYMBOLIZER_PATH", symbolizer)
    # A UBSan report's key is its check and function (finding_key): the
    # summary names the check, the stack the function.
    env["UBSAN_OPTIONS"] = "print_stacktrace=1:report_error_type=1:" + \
        env.get("UBSAN_OPTIONS", "")
    return env


def binary(state, target):
    return os.path.join(state["build_dir"], "bin", target)


# -- one target's fuzzer -----------------------------------------------------

FORK_LINE = re.compile(r"^#(\d+): cov: (\d+) ft: (\d+) corp: (\d+) .*"
                       r"job: (\d+)")
JOB_LINE = re.compile(rb"^#(\d+)\s", re.M)


class Fuzzer:
    """One target's libFuzzer in fork mode, and what its output says."""

    def __init__(self, state, d, target, workers):
        self.target, self.d, self.state = target, d, state
        self.ts = state["per_target"][target]
        self.ts.pop("stopped_at", None)  # a new session's inputs are new
        self.base_elapsed = self.ts["elapsed"]
        self.base_execs = self.ts["execs"]
        self.remaining = state["budget"] - self.base_elapsed
        self.log_path = os.path.join(d, "logs", target + ".log")
        self.tmp = os.path.join(d, "tmp", target)
        shutil.rmtree(self.tmp, ignore_errors=True)
        os.makedirs(self.tmp)
        art = os.path.join(d, "artifacts", target)
        os.makedirs(art, exist_ok=True)
        self.cmd = [binary(state, target), *libfuzzer_flags(target),
                    f"-fork={workers}", "-ignore_crashes=1",
                    "-ignore_timeouts=1", "-ignore_ooms=1", "-timeout=25",
                    f"-artifact_prefix={art}/",
                    f"-max_total_time={int(self.remaining) + 60}",
                    os.path.join(d, "corpus", target)]
        self.workers = workers
        self.proc = None
        self.started = None
        self.ended = None
        self.offset = 0
        self.parent_runs = 0
        self.finished_jobs = set()
        self.restarts = 0
        self.execs = self.base_execs
        self.history = [(self.base_elapsed, self.base_execs)]

    def launch(self):
        if self.proc:  # a restart: its counts start again from zero
            self.base_execs, self.parent_runs = self.execs, 0
            self.finished_jobs.clear()
        with open(self.log_path, "ab") as out:
            out.write(f"\n=== session {self.state['sessions']}: "
                      f"{' '.join(self.cmd)}\n".encode())
            out.flush()
            self.offset = self.launch_offset = out.tell()
            self.proc = start(self.cmd, child_env(self.state, self.target,
                                                  self.d), out)
        if self.started is None:
            self.started = time.monotonic()
        self.state["pgids"][self.target] = self.proc.pid

    def file_system_trouble(self):
        """What says that this launch of the fuzzer met a file system
        error (a line of its log, or a full disk), or None."""
        try:
            with open(self.log_path, "rb") as fh:
                fh.seek(max(self.launch_offset,
                            os.path.getsize(self.log_path) - 65536))
                tail = fh.read().decode(errors="replace")
        except OSError:
            tail = ""
        m = FS_TROUBLE.search(tail)
        free = free_bytes(self.d)
        if not m and free >= ROOM:
            return None
        return (f"its log: {m.group(0).strip()[:120]}; " if m else "") + \
            f"{free // 1024} KiB free"

    def elapsed(self):
        if self.started is None:
            return self.base_elapsed
        end = self.ended or time.monotonic()
        return min(self.state["budget"], self.base_elapsed + end -
                   self.started)

    def read_output(self):
        """New lines of the fork parent's log: executions so far, cov, ft."""
        try:
            with open(self.log_path, "rb") as fh:
                fh.seek(self.offset)
                data = fh.read()
        except FileNotFoundError:
            sys.exit(f"campaign: {self.log_path} disappeared while its "
                     "fuzzer ran (was the campaign folder removed, or is "
                     "a second campaign using it?)")
        cut = data.rfind(b"\n") + 1
        self.offset += cut
        for line in data[:cut].decode(errors="replace").splitlines():
            m = FORK_LINE.match(line)
            if m:
                self.parent_runs = int(m.group(1))
                # The best of the campaign: a resumed session starts from
                # the merged corpus and may report a few edges fewer
                # before it finds them again.
                self.ts["cov"] = max(self.ts["cov"] or 0, int(m.group(2)))
                self.ts["ft"] = max(self.ts["ft"] or 0, int(m.group(3)))
                self.finished_jobs.add(m.group(5))

    def running_job_execs(self):
        """Executions of the jobs still running, from their own logs in
        libFuzzer's fork directory (the parent counts a job when it ends)."""
        total = 0
        for root, _dirs, files in os.walk(self.tmp):
            for f in files:
                job = f[:-4]
                if not f.endswith(".log") or not job.isdigit() or \
                        job in self.finished_jobs:
                    continue
                try:
                    with open(os.path.join(root, f), "rb") as fh:
                        fh.seek(max(0, os.path.getsize(fh.name) - 4096))
                        runs = JOB_LINE.findall(fh.read())
                except OSError:
                    continue
                if runs:
                    total += int(runs[-1])
        return total

    def sample(self):
        """Reads the logs; returns (elapsed, execs, execs per second over
        the last RATE_WINDOW seconds: a running job shows its count only
        now and then, so a shorter window jumps)."""
        self.read_output()
        session = self.parent_runs + self.running_job_execs()
        self.execs = max(self.execs, self.base_execs + session)
        now = self.elapsed()
        self.history.append((now, self.execs))
        while len(self.history) > 2 and \
                now - self.history[1][0] >= RATE_WINDOW:
            self.history.pop(0)
        then, execs_then = self.history[0]
        rate = (self.execs - execs_then) / max(1e-3, now - then)
        self.ts["elapsed"] = now
        self.ts["execs"] = self.execs
        return now, self.execs, rate


# -- failures ----------------------------------------------------------------

def replay_run(state, target, path, extra_env=None, timeout=120):
    """Runs the fuzz binary on one input; returns (its exit status, None
    when it ran out of time, and its output). A crash without a keyed
    line, or a UBSan report, is run again symbolized, for the names."""
    env = child_env(state, target=None, d=None)
    env["ASAN_OPTIONS"] = "symbolize=0:" + env.get("ASAN_OPTIONS", "")
    env.update(extra_env or {})
    cmd = [binary(state, target), "-timeout=25", path]

    def once():
        try:
            out = subprocess.run(cmd, env=env, capture_output=True,
                                 timeout=timeout, preexec_fn=die_with_parent)
        except subprocess.TimeoutExpired as e:
            return None, (e.stderr or b"").decode(errors="replace") + \
                "\nERROR: libFuzzer: timeout (replay)"
        return out.returncode, out.stderr.decode(errors="replace")

    code, text = once()
    if code is not None and "invariant violated [" not in text and \
            (code != 0 or "runtime error: " in text):
        env["ASAN_OPTIONS"] = env["ASAN_OPTIONS"].replace("symbolize=0:", "")
        code, text = once()
    return code, text


def replay(state, target, path, extra_env=None, timeout=120):
    """Runs the fuzz binary on one input; returns its output."""
    return replay_run(state, target, path, extra_env, timeout)[1]


def keys_file(d, target):
    return os.path.join(d, "keys", target + ".txt")


class NotedKeys:
    """What the fuzz targets noted in RELOCHECK_FUZZ_KEYS (fuzz/Finding.h):
    input hash -> (key, what), read as the file grows."""

    def __init__(self, path):
        self.path, self.offset, self.keys = path, 0, {}

    def lookup(self, data):
        try:
            with open(self.path, "rb") as fh:
                fh.seek(self.offset)
                chunk = fh.read()
        except OSError:
            chunk = b""
        cut = chunk.rfind(b"\n") + 1
        self.offset += cut
        for line in chunk[:cut].decode(errors="replace").splitlines():
            digest, _, rest = line.partition(" ")
            key, _, what = rest.partition("\t")
            self.keys[digest] = (key, what)
        return self.keys.get(f"{fnv1a64(data):016x}")


def fnv1a64(data):
    h = 0xcbf29ce484222325
    for byte in data:
        h = ((h ^ byte) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h


NOTED = {}  # keys file -> NotedKeys


def quick_key(d, target, path, name):
    """(key, first report line) of one raw failing input without running
    it: timeouts and OOMs by name, invariant failures from the keys the
    fuzz target noted when it failed. None when it must run again."""
    if name.startswith("timeout-"):
        return "timeout", "a run took more than 25 s"
    if name.startswith("oom-"):
        return "out-of-memory", "a run used more than the RSS limit"
    with open(path, "rb") as fh:
        data = fh.read()
    noted = NOTED.setdefault(keys_file(d, target),
                             NotedKeys(keys_file(d, target)))
    hit = noted.lookup(data)
    return (hit[0], f"invariant violated [{hit[0]}]: {hit[1]}") if hit \
        else None


def replay_key(state, d, target, path):
    """(key, what the run said) of one raw input, run again. An input that
    runs to its end and fails nothing did not reproduce; a run that ended
    otherwise without a report (the binary or the file unreadable, killed
    by a signal) says nothing about the input: its key is "could not
    replay", and the line says what happened."""
    code, text = replay_run(state, target, path)
    key = finding_key(text)
    if key:
        return key, finding_line(text)
    if code == 0 and "Executed " in text:  # libFuzzer ran it: it passes
        # A saved input cut short by a full disk passes too.
        check_room(d, f"{target}'s saved input {os.path.basename(path)} "
                   "may be cut short")
        empty = os.path.getsize(path) == 0
        return "did not reproduce", "the input passes when run again" + (
            " (it is empty: was its write cut short?)" if empty else "")
    last = (text.strip().splitlines() or ["no output"])[-1].strip()[:200]
    how = "a timeout" if code is None else f"exit {code}" if code >= 0 \
        else f"signal {-code}"
    return "could not replay", \
        f"the replay ended with {how} and no report: {last}"


def record(state, d, target, name, size, key, line):
    """Counts a keyed input; keeps the smallest input per key and deletes
    the others."""
    art = os.path.join(d, "artifacts", target)
    ts = state["per_target"][target]
    ts["failures"] += 1
    f = state["findings"].setdefault(f"{target}: {key}", {
        "target": target, "key": key, "count": 0, "artifact": None,
        "line": line, "first_elapsed": round(ts["elapsed"], 1)})
    f["count"] += 1
    kept = f["artifact"]
    kept_path = os.path.join(art, kept) if kept else None
    if kept and os.path.exists(kept_path) and \
            os.path.getsize(kept_path) <= size:
        os.remove(os.path.join(art, name))
        return
    if kept:
        if os.path.exists(kept_path):
            os.remove(kept_path)
        ts["artifacts"].pop(kept, None)
    f["artifact"], f["line"] = name, line or f["line"]
    ts["artifacts"][name] = key


def cut_short(ts, path):
    """Whether a raw input appeared as the campaign stopped its fuzzer: in
    fork mode the stop signal ends a child mid-run, and libFuzzer's parent
    saves that child's input as a crash."""
    stopped = ts.get("stopped_at")
    return stopped is not None and \
        stopped - 2 <= os.path.getmtime(path) <= stopped + 10


def classify_new(state, d, target, time_limit=None):
    """Keys the raw inputs not seen yet; those the fuzz target did not note
    run again, `jobs` at a time (for at most about time_limit seconds)."""
    art = os.path.join(d, "artifacts", target)
    ts = state["per_target"][target]
    if not os.path.lexists(art):  # its fuzzer never started
        return
    deadline = time.monotonic() + time_limit if time_limit else None
    again = []
    for name in sorted(os.listdir(art)):
        path = os.path.join(art, name)
        if name in ts["artifacts"] or name.startswith("slow-unit-"):
            continue
        if not os.path.lexists(path):
            continue  # gone since listed (libFuzzer replaced it)
        if not regular_file(path) or not name.isprintable():
            why = "its name is not printable" if regular_file(path) else \
                "not a regular file"
            log(f"campaign: {target}: skipping {name!r} in {art}: {why}")
            continue
        try:  # libFuzzer may write a name again, or move it
            size, quick = os.path.getsize(path), quick_key(d, target, path,
                                                           name)
        except OSError:
            continue
        if quick:
            record(state, d, target, name, size, *quick)
        else:
            again.append((name, size))
    width = max(1, state["jobs"])
    with concurrent.futures.ThreadPoolExecutor(width) as pool:
        for i in range(0, len(again), width):
            if deadline and time.monotonic() > deadline:
                return
            batch = [(name, size, pool.submit(replay_key, state, d, target,
                                              os.path.join(art, name)))
                     for name, size in again[i:i + width]]
            for name, size, fut in batch:
                path = os.path.join(art, name)
                if not os.path.exists(path):
                    continue
                key, line = fut.result()
                if key == "did not reproduce" and cut_short(ts, path):
                    log(f"campaign: {target}: {name} was written as the "
                        "campaign stopped the fuzzer and does not "
                        "reproduce; dropped")
                    os.remove(path)
                    continue
                record(state, d, target, name, size, key, line)


def unique_count(state, target):
    return sum(1 for f in state["findings"].values()
               if f["target"] == target)


# -- the fuzzing phase -------------------------------------------------------

def corpus_size(d, target):
    return len(os.listdir(os.path.join(d, "corpus", target)))


def progress_line(state, d, fz, rate):
    ts = state["per_target"][fz.target]
    return (f"{fz.target:19} {fmt_time(fz.elapsed()):>6}/"
            f"{fmt_time(state['budget']):<6} exec/s {fmt_count(rate):>6}  "
            f"execs {fmt_count(fz.execs):>6}  cov {ts['cov'] or '-':>5} ft "
            f"{ts['ft'] or '-':>6}  corpus {corpus_size(d, fz.target):>6}  "
            f"failures {ts['failures']} ({unique_count(state, fz.target)} "
            f"unique)")


class Progress:
    """One line per target: redrawn in place on a terminal, printed every
    minute (and at the end) otherwise."""

    def __init__(self):
        self.tty = sys.stderr.isatty()
        self.drawn = 0
        self.last_print = 0.0

    def show(self, lines, final=False):
        if self.tty:
            if self.drawn:
                sys.stderr.write(f"\x1b[{self.drawn}F")
            sys.stderr.write("".join(f"\x1b[2K{line}\n" for line in lines))
            sys.stderr.flush()
            self.drawn = len(lines)
        elif final or time.monotonic() - self.last_print >= 60:
            log("\n".join(lines))
            self.last_print = time.monotonic()


def write_samples(d, rows):
    path = os.path.join(d, "timeseries.csv")
    if os.path.lexists(path) and not regular_file(path):
        sys.exit(f"campaign: {path} is not a regular file")
    new = not os.path.exists(path)
    with open(path, "a", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=CSV_FIELDS)
        if new:
            w.writeheader()
        w.writerows(rows)


def sample_all(state, d, fuzzers, progress, final=False):
    if not final:  # the final sample saves what it can, full or not
        check_room(d, "the fuzzers' saved inputs may be cut short")
    rows, lines = [], []
    for fz in fuzzers:
        elapsed, execs, rate = fz.sample()
        limit = 3 if not final else 10 if STOP else None
        classify_new(state, d, fz.target, time_limit=limit)
        ts = state["per_target"][fz.target]
        rows.append({"target": fz.target, "elapsed_s": f"{elapsed:.1f}",
                     "execs": execs, "execs_per_s": f"{rate:.0f}",
                     "cov": ts["cov"] or "", "ft": ts["ft"] or "",
                     "corpus": corpus_size(d, fz.target),
                     "failures": ts["failures"],
                     "unique": unique_count(state, fz.target),
                     "session": state["sessions"],
                     "wall": f"{time.time():.0f}"})
        lines.append(progress_line(state, d, fz, rate))
    write_samples(d, rows)
    save_state(d, state)
    progress.show(lines, final)


def check_exit(state, fz):
    """A fork parent that ended before its budget: start it again (three
    times per session), then give the target up and say why."""
    code = fz.proc.poll()
    if code is None or fz.ended:
        return
    if fz.elapsed() >= state["budget"] - 1:
        fz.ended = time.monotonic()
        return
    trouble = fz.file_system_trouble()
    if trouble:  # starting it again would only fail again
        raise OSError(errno.EIO, f"{fz.target}'s fuzzer ended early (exit "
                      f"{code}) on a file system error ({trouble})",
                      fz.tmp)
    fz.restarts += 1
    if fz.restarts <= 3:
        log(f"campaign: {fz.target} ended early (exit {code}); starting it "
            f"again (logs/{fz.target}.log)")
        fz.launch()
        return
    fz.ended = time.monotonic()
    state["per_target"][fz.target]["gave_up"] = (
        f"its fuzzer kept ending early (exit {code}); see "
        f"logs/{fz.target}.log")
    log(f"campaign: giving {fz.target} up: "
        f"{state['per_target'][fz.target]['gave_up']}")


def start_session(state, d, jobs):
    """A fuzzer for every target with budget left, the jobs shared out."""
    active = [t for t in state["targets"]
              if state["budget"] - state["per_target"][t]["elapsed"] > 0.5
              and not state["per_target"][t]["gave_up"]]
    if not active:
        return []
    state["sessions"] += 1
    fuzzers = []
    for i, t in enumerate(active):
        workers = max(1, jobs // len(active) + (i < jobs % len(active)))
        state["per_target"][t]["sessions"] += 1
        state["per_target"][t]["merge"] = None  # merged again at the end
        state["per_target"][t].pop("merge_before", None)
        fuzzers.append(Fuzzer(state, d, t, workers))
    log(f"campaign: session {state['sessions']}: "
        + ", ".join(f"{fz.target} ({fz.workers} worker(s), "
                    f"{fmt_time(fz.remaining)} left)"
                    for fz in fuzzers) + f"; {d}")
    for fz in fuzzers:
        fz.launch()
    save_state(d, state)
    return fuzzers


def fuzz(state, d, jobs, refresh):
    """Runs every target with budget left until it is spent or a signal
    comes. Raises Stopped on a signal, after stopping the fuzzers."""
    fuzzers = start_session(state, d, jobs)
    if not fuzzers:
        return
    progress = Progress()
    next_sample = time.monotonic() + refresh
    try:
        while not STOP and any(not fz.ended for fz in fuzzers):
            time.sleep(0.5)
            for fz in fuzzers:
                if not fz.ended and fz.elapsed() >= state["budget"]:
                    fz.ended = time.monotonic()
                    fz.ts["stopped_at"] = time.time()
                    stop_group(fz.proc)
                elif not fz.ended:
                    check_exit(state, fz)
            if time.monotonic() >= next_sample:
                sample_all(state, d, fuzzers, progress)
                next_sample = time.monotonic() + refresh
    finally:
        for fz in fuzzers:
            if fz.proc and fz.proc.poll() is None:
                fz.ended = fz.ended or time.monotonic()
                fz.ts["stopped_at"] = time.time()
                stop_group(fz.proc)
        sample_all(state, d, fuzzers, progress, final=True)
        state["pgids"] = {}
        save_state(d, state)
    if STOP:
        raise Stopped()


# -- main --------------------------------------------------------------------

def build(build_dir, planted, targets, jobs=None):
    cmake = ["-DRELOCHECK_FUZZ=ON"]
    if planted:
        cmake.append("-DRELOCHECK_PLANT_FAULTS=ON")
    first = not os.path.exists(os.path.join(build_dir, "CMakeCache.txt"))
    log(f"campaign: building {build_dir}" +
        (" (the first time: a few minutes)" if first else ""))
    try:
        # The replay drivers too: the replay tests a campaign writes are
        # checked on the build that found their failure.
        build_fuzz(build_dir, cmake, ["relocheck", *targets,
                                      *[t + "-replay" for t in targets]],
                   jobs)
    except BuildError as e:
        sys.exit(f"campaign: {e}")


def check_names(args):
    known = fuzz_targets()
    unknown = [t for t in args.targets or [] if t not in known]
    if unknown:
        sys.exit("campaign: no fuzz target %s (targets are %s)"
                 % (", ".join(unknown), ", ".join(known)))
    if args.fault:
        check_fault(args.fault)


def check_fault(fault):
    """Exits unless fault is one `relocheck faults` lists. The names come
    from the source (fuzzbuild.planted_faults), not from a built relocheck,
    so that a misspelt fault is refused before anything is built, in a
    fresh checkout too."""
    faults = planted_faults()
    if not faults:
        sys.exit("campaign: cannot read the planted faults from "
                 "harness/encode/Faults.cpp, so --fault cannot be checked")
    if fault not in faults:
        sys.exit(f"campaign: unknown fault {fault[:80]} (see relocheck "
                 "faults)")


def claim_dir(d):
    """--dir must be new, empty or a campaign (its tests/ and tmp/ are
    rewritten), and one campaign.py at a time may run on it: the lock is
    held until the process ends."""
    check_path(d, "--dir", "campaign")
    for t in fuzz_targets():
        seeds = os.path.realpath(os.path.join(ROOT, "corpus", t))
        here = os.path.realpath(d)
        if here == seeds or here.startswith(seeds + "/"):
            sys.exit(f"campaign: --dir {d} is inside the seed corpus "
                     f"{seeds}, which a campaign copies from; name a folder "
                     "outside it")
    if os.path.exists(d) and not os.path.isdir(d):
        sys.exit(f"campaign: --dir {d} is a file, not a folder")
    if os.path.isdir(d) and set(os.listdir(d)) - {".campaign.lock"} and \
            not os.path.exists(state_path(d)):
        sys.exit(f"campaign: --dir {d} holds files but no state.json, so it "
                 "is not a campaign; name a new or empty folder")
    try:
        os.makedirs(d, exist_ok=True)
        lock = open(os.path.join(d, ".campaign.lock"), "a+")
    except OSError as e:
        sys.exit(f"campaign: cannot use --dir {d}: {e.strerror}")
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        sys.exit(f"campaign: another tools/campaign.py is running on {d}; "
                 "wait for it or stop it first")
    return lock


def main():
    try:
        return run()
    except OSError as e:  # a full disk, a folder gone read-only
        where = f" ({e.filename})" if e.filename else ""
        what = e.strerror or str(e)
        # makedirs on a file says "File exists", which reads as no trouble.
        if e.errno == errno.EEXIST and e.filename and \
                not os.path.isdir(e.filename):
            what = "a file is where a folder belongs"
        sys.exit(f"campaign: {what}{where}; the state in --dir "
                 "is kept: fix that and run again with --resume")


def run():
    args = parse_args()
    check_names(args)
    if args.build_dir:
        check_build_dir(args.build_dir, args.planted, "campaign")
    if args.build_only:
        where = args.build_dir or default_build_dir(args.planted)
        build(where, args.planted, args.targets or fuzz_targets(), args.jobs)
        log(f"campaign: {where} is built")
        return 0
    signal.signal(signal.SIGINT, on_signal)
    signal.signal(signal.SIGTERM, on_signal)
    check_path(args.dir, "--dir", "campaign")
    if not os.path.exists(state_path(args.dir)):  # before creating --dir
        check_can_start(args)
    lock = claim_dir(args.dir)  # noqa: F841 (held while we run)
    state = open_campaign(args)
    if state["phase"] == "done":
        log(f"campaign: {args.dir} is finished ({fmt_time(state['budget'])} "
            f"per target); report: {args.dir}/report.md. A larger --budget "
            "extends it.")
        return 0
    save_state(args.dir, state)
    build(state["build_dir"], state["planted"], state["targets"],
          state["jobs"])
    kill_leftovers(args.dir, state)
    try:
        if state["phase"] == "fuzzing":
            fuzz(state, args.dir, state["jobs"], args.refresh)
            state["phase"] = "finishing"
            save_state(args.dir, state)
        campaign_finish.finish(state, args.dir, state["minimize_time"],
                               Runner(state, args.dir))
    except Stopped:
        save_state(args.dir, state)
        log(f"campaign: stopped by signal {STOP[0]}; state saved in "
            f"{args.dir}; run tools/campaign.py --dir {args.dir} --resume "
            "to go on")
        return 128 + STOP[0]
    # The report first: a run that dies writing it is not yet "done".
    campaign_report.write(state, args.dir)
    state["phase"] = "done"
    save_state(args.dir, state)
    summary(state, args.dir)
    return 0


def summary(state, d):
    tested = [f for f in state["findings"].values() if f.get("test")]
    print(f"campaign: {fmt_time(state['budget'])} per target, "
          f"{state['sessions']} session(s); "
          f"{len(state['findings'])} unique failure(s), "
          + (f"{len(tested)} regression test(s) in {d}/tests/ "
             f"(lit {d}/tests)" if tested
             else "no regression tests (nothing to test for)"))
    for t in state["targets"]:
        ts = state["per_target"][t]
        execs, rate = campaign_report.execs_and_rate(ts)
        said = f"{execs} execs, {rate} exec/s" if ts["execs"] else \
            "execs and exec/s not sampled"
        print(f"  {t}: {said}, cov {ts['cov'] or '-'} ft {ts['ft'] or '-'}, "
              f"failures {ts['failures']} ({unique_count(state, t)} unique)")
    print(f"report: {d}/report.md")


class Runner:
    """What the finishing steps need from the campaign: the binaries, the
    environment, and a way to run a child that a signal can stop."""

    def __init__(self, state, d):
        self.state, self.d = state, d

    def binary(self, target):
        return binary(self.state, target)

    def env(self, extra=None):
        env = child_env(self.state, target=None, d=None)
        env.update(extra or {})
        return env

    def replay(self, target, path, extra_env=None):
        return replay(self.state, target, path, extra_env)

    def run(self, cmd, env, timeout, cwd=None):
        """Runs cmd, output captured; a signal stops it and raises
        Stopped. Returns (exit status, output)."""
        with open(os.devnull, "rb") as null:
            proc = subprocess.Popen(cmd, env=env, stdin=null, cwd=cwd,
                                    stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT,
                                    start_new_session=True,
                                    preexec_fn=die_with_parent)
        # The child dies with the campaign, but what it forks (libFuzzer's
        # -merge and -minimize_crash steps) does not: its process group
        # is in the state, so that a run after a kill ends it.
        self.state["pgids"]["finishing"] = proc.pid
        save_state(self.d, self.state)
        deadline = time.monotonic() + timeout
        out = []
        os.set_blocking(proc.stdout.fileno(), False)
        while proc.poll() is None:
            chunk = proc.stdout.read()
            if chunk:
                out.append(chunk)
            if STOP or time.monotonic() > deadline:
                stop_group(proc, grace=5)
                if STOP:
                    raise Stopped()
                break
            time.sleep(0.1)
        rest = proc.stdout.read()
        if rest:
            out.append(rest)
        if not group_members(proc.pid):
            self.state["pgids"].pop("finishing", None)
        return proc.returncode, b"".join(out).decode(errors="replace")

    def classify_new(self, d, target):
        classify_new(self.state, d, target)

    def save(self, d):
        save_state(d, self.state)


if __name__ == "__main__":
    sys.exit(main())
