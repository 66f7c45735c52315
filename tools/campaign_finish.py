"""The end of a campaign (tools/campaign.py): merge and minimise each
corpus, minimise one input per unique failure, and turn each into a lit
regression test under tests/<target>/, checked against the build that found
it. Every step can be cut short by a signal and done again."""
import errno
import os
import re
import shutil
import sys

from fuzzbuild import ROOT, finding_key, finding_line, libfuzzer_flags

# Keys that name no input a test could replay.
NO_TEST_KEYS = ("timeout", "out-of-memory", "did not reproduce",
                "could not replay")

# libFuzzer's words when its writes failed: it checks none of them, so a
# full disk shows as a merge control file it cannot read back.
FS_TROUBLE = re.compile(r"^.*(MERGE: failed to parse the control file|"
                        r"No space left on device|Read-only file system|"
                        r"Disk quota exceeded).*$", re.M)

# Bytes free below which the file system holding a campaign counts as full.
ROOM = 64 * 1024


def free_bytes(d):
    st = os.statvfs(d)
    return (st.f_bfree if os.geteuid() == 0 else st.f_bavail) * st.f_frsize


def check_room(d, what):
    """Raises OSError (ENOSPC) when the file system holding d is full.
    libFuzzer ignores its own failed writes (a saved input cut short, a
    merge control file it then cannot parse), so the campaign looks for
    itself; main() ends the run with one line."""
    free = free_bytes(d)
    if free < ROOM:
        raise OSError(errno.ENOSPC, f"{os.strerror(errno.ENOSPC)} "
                      f"({free // 1024} KiB free; {what})", d)


LIT_CFG = '''\
# Written by tools/campaign.py: `lit {tests}` runs this campaign's
# regression tests with relocheck's lit configuration; RELOCHECK_BIN=DIR
# picks the build (default build/bin), RELOCHECK_FAULT is passed on.
import os

lit_config.load_config(config, {main!r})
config.name = "campaign"
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
# What lit writes goes beside tests/, not into it: tests/ holds only the
# tests, to be copied into lit-tests/ as they are.
config.test_exec_root = os.path.join(
    os.path.dirname(config.test_source_root), "lit-output")
'''


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def dir_stats(path):
    files = [e for e in os.scandir(path) if e.is_file()]
    return [len(files), sum(e.stat().st_size for e in files)]


# -- corpora -----------------------------------------------------------------

def recover_corpus(d, target):
    """Puts a corpus back in order after a stop in the middle of a merge:
    corpus/<t>.merged is complete only once corpus/<t> was moved aside."""
    cur = os.path.join(d, "corpus", target)
    merged, old = cur + ".merged", cur + ".old"
    if not os.path.isdir(cur) and os.path.isdir(merged):
        os.rename(merged, cur)
    if not os.path.isdir(cur) and os.path.isdir(old):
        os.rename(old, cur)
    for leftover in (merged, old):
        shutil.rmtree(leftover, ignore_errors=True)


def merge(state, d, target, runner):
    """-merge=1 of corpus/<t> into a fresh directory, which replaces it."""
    ts = state["per_target"][target]
    recover_corpus(d, target)
    cur = os.path.join(d, "corpus", target)
    merged = cur + ".merged"
    os.makedirs(merged)
    # The size before merging is kept from the first try: a merge killed
    # after the merged corpus replaced the old one runs again on it.
    before = ts.get("merge_before")
    if not (isinstance(before, list) and len(before) == 2 and
            all(type(n) is int for n in before)):
        before = dir_stats(cur)
        ts["merge_before"] = before
        runner.save(d)
    env = runner.env({"TMPDIR": os.path.join(d, "tmp", target)})
    os.makedirs(env["TMPDIR"], exist_ok=True)
    log(f"campaign: merging {target}'s corpus ({before[0]} inputs)")
    code, out = runner.run([runner.binary(target), *libfuzzer_flags(target),
                            "-merge=1", "-timeout=25",
                            # a crash while merging: not into the cwd
                            f"-artifact_prefix={env['TMPDIR']}/",
                            merged, cur],
                           env, timeout=4 * 3600)
    if code != 0 or not os.listdir(merged):
        shutil.rmtree(merged)
        trouble = FS_TROUBLE.search(out)
        if trouble:  # not the corpus's fault: end the run (main())
            raise OSError(errno.EIO, f"merging {target}'s corpus failed on "
                          f"a file system error (its log: "
                          f"{trouble.group(0).strip()[:120]}; "
                          f"{free_bytes(d) // 1024} KiB free)",
                          env["TMPDIR"])
        check_room(d, f"merging {target}'s corpus failed")
        ts["merge"] = {"before": before, "after": before,
                       "error": f"merge failed (exit {code}); corpus kept"}
        ts.pop("merge_before", None)
        log(f"campaign: merging {target} failed (exit {code}):\n"
            + out[-1500:])
        return
    os.rename(cur, cur + ".old")
    os.rename(merged, cur)
    shutil.rmtree(cur + ".old")
    ts["merge"] = {"before": before, "after": dir_stats(cur)}
    ts.pop("merge_before", None)
    runner.save(d)


# -- one test per unique failure ---------------------------------------------

def slug(key):
    return re.sub(r"[^A-Za-z0-9_.]+", "-", key).strip("-")[:80] or "finding"


def minimize(d, f, runner, seconds):
    """crashes/<t>/<slug>: the smallest input libFuzzer finds in about
    `seconds` that still fails first with the same key (else the input as
    found). RELOCHECK_ONLY_KEY makes an input whose first finding has
    another key pass (fuzz/Finding.h), so that libFuzzer's -minimize_crash
    does not wander off to another finding; the replay without it is the
    judge. f["minimized"] says what came of it, for the report."""
    target = f["target"]
    src = os.path.join(d, "artifacts", target, f["artifact"])
    out_dir = os.path.join(d, "crashes", target)
    os.makedirs(out_dir, exist_ok=True)
    out = os.path.join(out_dir, f["slug"])
    if f.get("minimized_from") == f["artifact"] and os.path.exists(out):
        return out
    tmp = out + ".minimizing"
    step = max(1, seconds // 4)
    runner.run([runner.binary(target), *libfuzzer_flags(target),
                "-minimize_crash=1", f"-max_total_time={step}",
                "-timeout=25", f"-exact_artifact_path={tmp}", src],
               runner.env({"RELOCHECK_ONLY_KEY": f["key"]}),
               timeout=seconds + 2)
    shorter = os.path.exists(tmp) and \
        os.path.getsize(tmp) < os.path.getsize(src)
    key = finding_key(runner.replay(target, tmp)) if shorter else None
    if shorter and key == f["key"]:
        os.replace(tmp, out)
        f["minimized"] = "shorter"
    else:
        shutil.copyfile(src, out)
        f["minimized"] = f"fails as {key or 'nothing'}" if shorter \
            else f"none in {seconds} s"
    if os.path.exists(tmp):
        os.remove(tmp)
    f["minimized_from"] = f["artifact"]
    f["sizes"] = [os.path.getsize(src), os.path.getsize(out)]
    return out


def rendered_test(d, f, runner, crash):
    """The test the fuzz target writes for this input (RELOCHECK_FUZZ_TEST),
    as (text, suffix), or None when it writes none."""
    tmp = os.path.join(d, "tmp", f["slug"] + ".lit")
    if os.path.exists(tmp):
        os.remove(tmp)
    runner.run([runner.binary(f["target"]), "-timeout=25", crash],
               runner.env({"RELOCHECK_FUZZ_TEST": tmp}), timeout=120)
    if not os.path.exists(tmp):
        return None
    with open(tmp) as fh:
        text = fh.read()
    os.remove(tmp)
    return text, ".test" if text.startswith("#") else ".s"


def header(f):
    """What the test's input reports when run (input_line: the input the
    test replays, minimised, not the raw input first found, whose P, S, A
    and X are another input's), or, when it reports nothing, the first
    report of the finding, said as such."""
    line = f.get("input_line")
    said = "its input reports:" if line else \
        "first reported as:" if line is None else \
        "its input fails no more when replayed; first reported as:"
    return (f"# {f['target']} finding [{f['key']}], found by "
            f"tools/campaign.py; {said}\n"
            + "".join(f"# {text}\n"
                      for text in wrap(line or f["line"] or "", 76)))


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line] if line else lines


def object_test(f):
    """object_reader: the object as an input of relocheck dump, check and
    link, which must each end with a result or an error (exit 0 or 1) and
    no sanitizer report."""
    obj = f"%S/Inputs/{f['slug']}.o"
    text = header(f) + (
        "# relocheck must read, link, check and write this object or refuse\n"
        "# it with an error: exit 0 or 1, never a crash or a sanitizer "
        "report.\n")
    for step, cmd in (("dump", f"relocheck dump {obj}"),
                      ("check", f"relocheck check {obj}"),
                      ("link", f"relocheck link {obj} -o %t.elf")):
        text += (f"# RUN: {cmd} > %t.{step} 2>&1 || test $? -eq 1\n"
                 f"# RUN: FileCheck %s --allow-empty "
                 f"--input-file=%t.{step}\n")
    return text + ("# CHECK-NOT: {{ERROR: [A-Za-z]+Sanitizer|runtime "
                   "error:|Stack dump:|PLEASE submit}}\n"), ".test", ".o"


def replay_test(f):
    """Any other failure without a rendered test (a sanitizer report in
    encoder_invariants, say): the input replayed by the normal build's
    replay driver, which must finish."""
    text = header(f) + (
        f"# RUN: {f['target']}-replay %S/Inputs/{f['slug']} 2>&1 | "
        "FileCheck %s\n"
        "# CHECK: replayed 1 inputs, no invariant violated\n")
    return text, ".test", ""


def write_test(d, f, runner, crash):
    """tests/<t>/<slug>.s or .test (with Inputs/ when it needs the input)."""
    tdir = os.path.join(d, "tests", f["target"])
    os.makedirs(tdir, exist_ok=True)
    rendered = None if f["target"] == "object_reader" else \
        rendered_test(d, f, runner, crash)
    if rendered:
        text, suffix = rendered
        input_suffix = None
    else:
        text, suffix, input_suffix = object_test(f) \
            if f["target"] == "object_reader" else replay_test(f)
    if input_suffix is not None:
        os.makedirs(os.path.join(tdir, "Inputs"), exist_ok=True)
        shutil.copyfile(crash, os.path.join(tdir, "Inputs",
                                            f["slug"] + input_suffix))
    path = os.path.join(tdir, f["slug"] + suffix)
    with open(path, "w") as fh:
        fh.write(text)
    f["test"] = os.path.relpath(path, d)
    f["rendered"] = bool(rendered)


def assign_slugs(state):
    taken = set()
    for fid in sorted(state["findings"]):
        f = state["findings"][fid]
        base = slug(f["key"])
        name, n = base, 2
        while (f["target"], name) in taken:
            name, n = f"{base}-{n}", n + 1
        taken.add((f["target"], name))
        f["slug"] = name


# -- checking the tests ------------------------------------------------------

def lit_binary():
    for cand in (shutil.which("lit"), "/usr/lib/llvm-22/bin/lit"):
        if cand and os.path.exists(cand):
            return cand
    return None


def lit_results(runner, tests_dir, bin_dir, fault):
    """{test path relative to tests/: PASS/FAIL/...} for one build."""
    lit = lit_binary()
    if not lit:
        return {}
    env = runner.env({"RELOCHECK_BIN": bin_dir})
    env.pop("RELOCHECK_FAULT", None)
    if fault:
        env["RELOCHECK_FAULT"] = fault
    _code, out = runner.run([lit, "--no-progress-bar", tests_dir], env,
                            timeout=1800)
    results = {}
    for m in re.finditer(r"^(\w+): campaign :: (\S+)", out, re.M):
        results[m.group(2)] = m.group(1)
    return results


def write_lit_cfg(d):
    """tests/lit.cfg.py, so that `lit tests/` runs the tests."""
    tests = os.path.join(d, "tests")
    os.makedirs(tests, exist_ok=True)
    with open(os.path.join(tests, "lit.cfg.py"), "w") as fh:
        fh.write(LIT_CFG.format(tests=tests, main=os.path.join(
            ROOT, "lit-tests", "lit.cfg.py")))
    return tests


def check_tests(state, d, runner):
    """Each test must fail on the build that found its failure; with a
    planted fault, it must also pass on the normal build (build/bin)."""
    tests = write_lit_cfg(d)
    found = lit_results(runner, tests, os.path.join(state["build_dir"],
                                                    "bin"), state["fault"])
    normal_bin = os.path.join(ROOT, "build", "bin")
    normal = lit_results(runner, tests, normal_bin, None) \
        if state["fault"] and os.path.exists(
            os.path.join(normal_bin, "relocheck")) else {}
    for f in state["findings"].values():
        if not f.get("test"):
            continue
        rel = os.path.relpath(os.path.join(d, f["test"]), tests)
        f["on_campaign_build"] = found.get(rel, "not run")
        f["on_normal_build"] = normal.get(rel) if normal else None


def finish(state, d, minimize_time, runner):
    """The finishing steps, in an order that can be cut and resumed."""
    for t in state["targets"]:
        runner.classify_new(d, t)
    runner.save(d)
    for t in state["targets"]:
        if not state["per_target"][t]["merge"]:
            merge(state, d, t, runner)
    assign_slugs(state)
    shutil.rmtree(os.path.join(d, "tests"), ignore_errors=True)
    for fid in sorted(state["findings"]):
        f = state["findings"][fid]
        f.pop("test", None)
        if f["key"] in NO_TEST_KEYS or not f["artifact"]:
            continue
        log(f"campaign: minimising {fid}")
        crash = minimize(d, f, runner, minimize_time)
        f["input_line"] = finding_line(runner.replay(f["target"], crash))
        write_test(d, f, runner, crash)
        runner.save(d)
    if any(f.get("test") for f in state["findings"].values()):
        log("campaign: checking the regression tests")
        check_tests(state, d, runner)
    runner.save(d)
