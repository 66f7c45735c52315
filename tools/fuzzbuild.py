"""Shared by tools/fault-hunt.py, tools/campaign.py and bench/fuzz_rate.py:
clang-22 fuzz builds, each target's libFuzzer options
(fuzz/<target>.options), and the key a failing run is deduplicated by."""
import argparse
import configparser
import fcntl
import os
import re
import shutil
import stat
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Held while a build dir is configured and built (one build at a time).
LOCK_NAME = ".fuzzbuild.lock"


class BuildError(Exception):
    """A fuzz build that failed: what failed and the end of its output
    (the compiler's or linker's own error), or what is missing."""


def build_fuzz(build_dir, cmake_args, targets, jobs=None):
    """Configures build_dir once with clang-22 and cmake_args; builds targets
    with jobs parallel jobs (default: one per core). A lock file lets two
    tools (or two lit tests) share one build dir. Raises BuildError."""
    if not shutil.which("clang++-22"):
        raise BuildError("clang++-22 is not on PATH; tools/setup.sh installs "
                         "clang-22 and libclang-rt-22-dev")
    os.makedirs(build_dir, exist_ok=True)

    def run(step, cmd):
        try:
            out = subprocess.run(cmd, stdout=subprocess.PIPE,
                                 stderr=subprocess.STDOUT, text=True,
                                 errors="replace")
        except OSError as e:  # cmake or ninja missing
            raise BuildError(f"{step} failed: cannot run {cmd[0]} "
                             f"({e.strerror}); tools/setup.sh installs it")
        if out.returncode != 0:
            tail = "\n".join(out.stdout.rstrip().splitlines()[-30:])
            raise BuildError(f"{step} failed (exit {out.returncode}); "
                             f"its last lines:\n{tail}")

    with open(os.path.join(build_dir, LOCK_NAME), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not os.path.exists(os.path.join(build_dir, "CMakeCache.txt")):
            run(f"configuring {build_dir}",
                ["cmake", "-S", ROOT, "-B", build_dir, "-G",
                 "Ninja", "-DCMAKE_BUILD_TYPE=Release",
                 "-DCMAKE_C_COMPILER=clang-22",
                 "-DCMAKE_CXX_COMPILER=clang++-22",
                 "-DRELOCHECK_BUILD_TESTS=OFF", *cmake_args])
        # One job per core unless told (Ninja's default is two more than
        # that); the first build of a fuzz tree takes a few minutes on 2
        # cores.
        run(f"building {build_dir}",
            ["cmake", "--build", build_dir, "-j",
             str(jobs or os.cpu_count() or 1), "--target", *targets])


def fuzz_targets():
    """Every fuzz target: fuzz/<name>.cpp except the replay driver."""
    return sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, "fuzz"))
                  if f.endswith(".cpp") and f != "ReplayMain.cpp")


def libfuzzer_flags(target):
    """The target's options file, as -key=value flags."""
    cp = configparser.ConfigParser()
    cp.read(os.path.join(ROOT, "fuzz", target + ".options"))
    flags = []
    for key, value in cp["libfuzzer"].items() if "libfuzzer" in cp else []:
        if key == "dict":
            value = os.path.join(ROOT, "fuzz", value)
        flags.append(f"-{key}={value}")
    return flags


def finding_key(log):
    """What a failing run's output is deduplicated by, or None when it shows
    no failure. A violated invariant names its own key in brackets
    ("invariant violated [checker-disagrees R_ARM_THM_CALL]: ..."); a
    sanitizer report is keyed by its kind and the first frame in relocheck's
    code (the function, not the line, so the key survives small edits)."""
    m = re.search(r"invariant violated \[([^\]]+)\]", log)
    if m:
        return m.group(1)
    m = re.search(r"invariant violated: (.*)", log)  # an unkeyed finding
    if m:
        return m.group(1).strip()[:120]
    m = re.search(r"^(\S+):\d+:\d+: runtime error: (.*)", log, re.M)
    if m:  # the report: its line, its stack and its summary
        report = [m.group(0)]
        for line in log[m.end():].splitlines()[1:]:
            if not re.match(r"\s*(#\d+ |SUMMARY: UndefinedBeh|$)", line):
                break
            report.append(line)
        return ubsan_key("\n".join(report), m.group(1), m.group(2))
    m = re.search(r"ERROR: (AddressSanitizer|LeakSanitizer|"
                  r"UndefinedBehaviorSanitizer|libFuzzer): (.*)", log)
    kind = None
    if m:  # "heap-buffer-overflow on address 0x...": the words before
        what = re.split(r" on | after | \(|\s0x|\s\d", m.group(2))[0]
        kind = f"{m.group(1)}: {what.strip()}"
    if not kind:
        return None
    frame = OUR_FRAME.search(log)
    return f"{kind} in {frame.group(1)}" if frame else kind


def finding_line(text):
    """The line of a failing run's output that says what failed ("" when
    none does)."""
    for pattern in ("invariant violated", "ERROR:", "runtime error:"):
        for line in text.splitlines():
            if pattern in line:
                return line.strip()[:300]
    return ""


# A stack frame in relocheck's code (or LLVM's, which it calls), or the
# fuzz target's entry: "#3 0x55d0 in relocheck::applyRelocation(...) ...".
OUR_FRAME = re.compile(r"#\d+ 0x[0-9a-f]+ in ((?:relocheck|llvm)::[^( ]+|"
                       r"LLVMFuzzerTestOneInput)")


def ubsan_key(report, path, message):
    """An UndefinedBehaviorSanitizer report's key: its check and the first
    relocheck function in the stack that follows it, as for the other
    sanitizers. The check is the name the summary line gives with
    UBSAN_OPTIONS=report_error_type=1 (signed-integer-overflow,
    shift-exponent: the campaign's replays set it), else the message's
    words before its first value ("left shift of negative value"). Without
    a stack (UBSAN_OPTIONS=print_stacktrace=1 prints one) the file stands
    in for the function, never the line: a one-line edit must not split a
    finding, nor two checks at one line share one."""
    check = re.search(r"^SUMMARY: UndefinedBehaviorSanitizer: ([\w-]+)",
                      report, re.M)
    if check and check.group(1) != "undefined-behavior":
        kind = check.group(1)
    else:
        kind = re.split(r"[:'(]|\s[-+]?\d|\s0x", message)[0].strip()
    frame = OUR_FRAME.search(report)
    if frame:
        where = frame.group(1)
    else:
        rel = os.path.relpath(path, ROOT) if os.path.isabs(path) else path
        where = path if rel.startswith("..") else rel
    return f"UndefinedBehaviorSanitizer: {kind} in {where}"


def duration(text):
    """'600', '90s', '10m', '8h', '1h30m' -> seconds."""
    units = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}
    parts = re.findall(r"(\d+(?:\.\d+)?)([smhd]?)", text)
    if not parts or "".join(n + u for n, u in parts) != text.strip():
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a duration (600, 90s, 10m, 8h, 1h30m)")
    # '1h30' would be 1 h 30 s: a number without a unit stands alone.
    if len(parts) > 1 and any(not u for _, u in parts):
        raise argparse.ArgumentTypeError(
            f"'{text}' has a number without a unit (s, m, h, d) after "
            f"another: write '{text}m' or '{text}s'")
    seconds = sum(float(n) * units[u] for n, u in parts)
    if seconds < 1:  # a fuzzer needs a whole second to start at all
        raise argparse.ArgumentTypeError(
            f"must be at least 1 second, not {text}")
    if seconds > 366 * 86400:
        raise argparse.ArgumentTypeError(
            f"{text} is more than a year; say at most 366d")
    return seconds


def positive(text):
    """argparse type: an integer of at least 1, in ASCII digits."""
    if not re.fullmatch(r"[0-9]+", text.strip()):
        raise argparse.ArgumentTypeError(f"expected a whole number, not "
                                         f"{text!r}")
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def positive_up_to(limit):
    """argparse type: positive(), and at most limit (what a campaign's
    state.json may hold, so that what is saved can be resumed)."""
    def parse(text):
        value = positive(text)
        if value > limit:
            raise argparse.ArgumentTypeError(f"must be at most {limit}, "
                                             f"not {value}")
        return value
    return parse


def names(text):
    """argparse type: a comma-separated list without empty names."""
    items = text.split(",")
    if not all(items):
        raise argparse.ArgumentTypeError(f"empty name in '{text}'")
    return list(dict.fromkeys(items))  # a name given twice runs once


# Characters a path may hold: libFuzzer's fork and merge modes run their
# jobs through sh with these paths unquoted.
SAFE_PATH = re.compile(r"[A-Za-z0-9/._+@%,:=~-]+")


def check_path(path, what, tool):
    """Exits with one line when path would be split or run by a shell."""
    if not SAFE_PATH.fullmatch(path):
        bad = sorted({c for c in path if not SAFE_PATH.fullmatch(c)})
        sys.exit(f"{tool}: {what} {path!r} holds {''.join(bad)!r}, which "
                 "libFuzzer's jobs would hand to sh unquoted; use letters, "
                 "digits and / . _ - + @ % , : = ~")


def planted_faults():
    """The planted faults' names, read from the source
    (harness/encode/Faults.cpp, the table `relocheck faults` prints), so
    that a fault name is checked before anything is built. Empty when the
    table is not there or not in the shape parsed here."""
    path = os.path.join(ROOT, "harness", "encode", "Faults.cpp")
    try:
        with open(path, errors="replace") as fh:
            text = fh.read()
    except OSError:
        return []
    return re.findall(r'\{Fault::\w+,\s*"([^"]+)"', text)


def cmake_home(build_dir):
    """The source tree build_dir's CMakeCache.txt was configured for, or
    None (no cache, or none named in it; a cache that is no regular file,
    a FIFO, is none: reading it would block)."""
    cache = os.path.join(build_dir, "CMakeCache.txt")
    try:
        if not stat.S_ISREG(os.stat(cache).st_mode):
            return None
        with open(cache, errors="replace") as fh:
            text = fh.read()
    except OSError:
        return None
    home = re.search(r"^CMAKE_HOME_DIRECTORY:INTERNAL=(.*)$", text, re.M)
    return home.group(1) if home else None


def check_build_dir(build_dir, planted, tool):
    """A build dir must be new, empty, or a build of this source tree (so
    that a mistyped path is not filled with a build), and a planted-fault
    campaign needs a build that has the faults."""
    check_path(build_dir, "build dir", tool)
    cache = os.path.join(build_dir, "CMakeCache.txt")
    if os.path.exists(build_dir) and not os.path.isdir(build_dir):
        sys.exit(f"{tool}: build dir {build_dir} is not a folder")
    if not os.path.isdir(build_dir) or not os.listdir(build_dir):
        return
    # A first configure that failed or was interrupted leaves the lock
    # this module made and perhaps CMake's CMakeFiles/, no CMakeCache.txt:
    # configuring again is what it needs (it was refused for good).
    left = set(os.listdir(build_dir))
    if LOCK_NAME in left and left <= {LOCK_NAME, "CMakeFiles"}:
        return
    try:
        with open(cache, errors="replace") as fh:
            text = fh.read()
    except OSError:
        sys.exit(f"{tool}: build dir {build_dir} is neither empty nor a "
                 "build (no CMakeCache.txt); name a new or empty folder")
    home = re.search(r"^CMAKE_HOME_DIRECTORY:INTERNAL=(.*)$", text, re.M)
    if not home or os.path.realpath(home.group(1)) != os.path.realpath(ROOT):
        sys.exit(f"{tool}: build dir {build_dir} is a build of "
                 f"{home.group(1) if home else 'something else'}, not of "
                 f"{ROOT}")
    # A copied build still names the folder it was made in; CMake would
    # regenerate that one, over and over, and never this copy.
    made_in = re.search(r"^CMAKE_CACHEFILE_DIR:INTERNAL=(.*)$", text, re.M)
    if made_in and os.path.realpath(made_in.group(1)) != \
            os.path.realpath(build_dir):
        sys.exit(f"{tool}: build dir {build_dir} is a copy of "
                 f"{made_in.group(1)} (its CMakeCache.txt names that "
                 "folder), and building it would regenerate the original; "
                 "name the original, or a new or empty folder")
    faults = re.search(r"^RELOCHECK_PLANT_FAULTS:BOOL=(\w+)$", text, re.M)
    if planted and not (faults and faults.group(1).upper() in
                        ("ON", "1", "TRUE", "YES")):
        sys.exit(f"{tool}: build dir {build_dir} was configured without "
                 "RELOCHECK_PLANT_FAULTS=ON, so a planted fault would do "
                 "nothing there; use build-faults/ (the default)")
