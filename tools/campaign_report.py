"""report.md and progress.png of a finished campaign (tools/campaign.py).
The plot is drawn by gnuplot (Debian's gnuplot-nox, tools/setup.sh), run
as a program, so any python3 will do."""
import csv
import math
import os
import shutil
import subprocess
import time

# timeseries.csv's columns, in order (tools/campaign.py writes them).
CSV_FIELDS = ["target", "elapsed_s", "execs", "execs_per_s", "cov", "ft",
              "corpus", "failures", "unique", "session", "wall"]


def fmt_time(seconds):
    seconds = int(seconds)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    return f"{seconds // 60}m{seconds % 60:02d}s"


def fmt_count(n):
    for unit, size in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if n >= size:
            return f"{n / size:.1f}{unit}"
    return f"{n:.0f}"


def csv_rows(d):
    """timeseries.csv's rows as {column: text}, by position, so that an
    edited or lost header line costs that line only, as does a line the
    csv module cannot read (a field past its limit: it cost the whole
    file); None when the file is absent or not a file to read (a FIFO).
    Raises OSError when it cannot be read."""
    path = os.path.join(d, "timeseries.csv")
    if not os.path.isfile(path):
        return None
    rows = []
    with open(path, newline="", errors="replace") as fh:
        for line in fh:  # the campaign writes no line breaks in a field
            try:
                fields = next(csv.reader([line]), [])
            except csv.Error:
                continue
            if len(fields) == len(CSV_FIELDS):
                rows.append(dict(zip(CSV_FIELDS, fields)))
    return rows


def fuzzing_began(d):
    """When the first session's fuzzers started (its first sample's wall
    clock less its elapsed time), or None: `created` is when the campaign
    began, before a first run built the fuzz targets."""
    try:
        rows = csv_rows(d) or []
    except (OSError, csv.Error):
        return None
    began = None
    for row in rows:
        try:
            if int(row["session"]) != 1:
                continue
            t = float(row["wall"]) - float(row["elapsed_s"])
        except (TypeError, ValueError):
            continue
        if math.isfinite(t) and 0 < t < 2 ** 40:
            began = t if began is None else min(began, t)
    return began


def samples(d):
    """{target: [(seconds, execs_per_s, cov, ft)]} from timeseries.csv."""
    out = {}
    def count(text):  # "" is not known yet; anything else must be one
        if text == "":
            return "?"
        return str(int(text))

    try:
        rows = csv_rows(d) or []
    except (OSError, csv.Error):
        return {}  # unreadable: the report goes on without a plot
    for row in rows:
        # A row that is not numbers (the header, a hand-edited or torn
        # line) is skipped: it must never reach the gnuplot script as text.
        try:
            sample = (float(row["elapsed_s"]), float(row["execs_per_s"]),
                      count(row["cov"]), count(row["ft"]))
            target = row["target"]
        except (KeyError, TypeError, ValueError):
            continue
        if not all(math.isfinite(v) for v in sample[:2]) or \
                not isinstance(target, str):
            continue
        out.setdefault(target, []).append(sample)
    return out


def last_growth(rows):
    """(seconds when cov last grew, None if only the first sample had
    it; final cov) from one target's samples,
    or None when they say nothing (no numbers)."""
    best, when, first = None, None, None
    for seconds, _rate, cov, _ft in rows:
        if cov == "?":
            continue
        if first is None:
            first = seconds
        if best is None or int(cov) > best:
            best, when = int(cov), seconds
    if best is None:
        return None
    return (None if when == first else when, best)


def last_ft_growth(rows):
    """Seconds when ft (libFuzzer's features: edges, and how often each
    runs) last grew, or None."""
    best, when = None, None
    for seconds, _rate, _cov, ft in rows:
        try:
            ft = int(ft)
        except (TypeError, ValueError):
            continue
        if best is None or ft > best:
            best, when = ft, seconds
    return when


def next_steps(state, d):
    """What to do with this campaign's results: commit its tests, or,
    with none, whether a longer run is likely to help."""
    out = []
    if state["findings"]:
        out.append("- Each test in `tests/` is a failure to fix, then to "
                   "keep (how: the end of this report).")
    else:
        out.append("- No failure: nothing to commit.")
    data = samples(d)
    for t in state["targets"]:
        grown = last_growth(data.get(t, []))
        if not grown:
            continue
        when, cov = grown
        ran = state["per_target"][t]["elapsed"]
        ft_when = last_ft_growth(data.get(t, []))
        if when is None and ft_when is not None and \
                ran - ft_when < 0.1 * ran:
            out.append(f"- {t}: cov {cov} from the first sample on, but "
                       "its features (ft: edges by how often they run) "
                       "still grew at the end: a longer run may reach "
                       "more.")
            continue
        if when is None:  # the first sample already had all of it
            out.append(f"- {t}: cov {cov}, no new edge after the first "
                       f"sample of {fmt_time(ran)}: the seeds cover what "
                       "the run reached; new seeds or a changed target "
                       "reach more.")
            continue
        flat = ran - when
        ft_growing = ft_when is not None and ran - ft_when < 0.1 * ran
        if flat < 0.1 * ran:
            verdict = "still growing at the end: a longer run may reach more"
        elif ft_growing:
            verdict = (f"no new edge in the last {fmt_time(flat)}, but its "
                       "features (ft: edges by how often they run) still "
                       "grew at the end: a longer run may reach more")
        else:
            verdict = (f"no new edge in the last {fmt_time(flat)} "
                       f"({100 * flat / ran:.0f}% of the run)")
            if flat >= 0.5 * ran:
                verdict += ": more time on the same code mostly re-runs " \
                    "what is covered; new seeds or a changed target reach more"
        out.append(f"- {t}: cov {cov}, last grew at {fmt_time(when)} of "
                   f"{fmt_time(ran)}; {verdict}.")
    out.append("- `corpus/<target>/` here is the merged corpus: keep this "
               "folder and `--resume` it (or give it as `--dir` again) to "
               "go on from it. The repository's seed corpora need not "
               "change; CI replays those.")
    return out


def plot(state, d):
    """progress.png: per target, coverage (cov) and exec/s over fuzzing
    time. Returns None, or why there is no plot."""
    gnuplot = shutil.which("gnuplot")
    if not gnuplot:
        return "gnuplot is not installed (tools/setup.sh installs gnuplot-nox)"
    data = {t: rows for t, rows in samples(d).items()
            if t in state["targets"] and rows}
    if not data:
        return "no samples were taken"
    longest = max(row[0] for rows in data.values() for row in rows)
    unit, scale = next((u, s) for u, s, upto in (
        ("seconds", 1, 600), ("minutes", 60, 6 * 3600), ("hours", 3600, 0))
        if not upto or longest <= upto)
    png = os.path.join(d, "progress.png")
    lines = [f'set terminal pngcairo size 1000,{40 + 300 * len(data)} '
             'font "sans,10"', f'set output "{png}"']
    for i, (t, rows) in enumerate(data.items()):
        lines.append(f"$d{i} << EOD")
        lines += [f"{t / scale:.3f} {r:.0f} {c} {f}" for t, r, c, f in rows]
        lines.append("EOD")
    lines += [f'set multiplot layout {len(data)},1 title "relocheck fuzz '
              'campaign: coverage and executions per second"',
              f'set xlabel "fuzzing time ({unit})"',
              'set ylabel "coverage (cov, ft)"', 'set y2label "exec/s"',
              "set ytics nomirror", "set y2tics", "set grid",
              'set datafile missing "?"', "set yrange [0:*]",
              "set y2range [0:*]",
              "set key outside right top", 'set format y2 "%g"']
    for i, (t, rows) in enumerate(data.items()):
        cov = (f'$d{i} using 1:3 with lines lw 2 lc rgb "#1f77b4" title '
               f'"cov" axes x1y1, $d{i} using 1:4 with lines dt 2 lc rgb '
               '"#1f77b4" title "ft" axes x1y1, ')
        known = any(row[2] != "?" for row in rows)  # gnuplot needs one
        lines += [f'set title "{t}{"" if known else " (no coverage yet)"}" '
                  "noenhanced",
                  f'plot {cov if known else ""}$d{i} using 1:2 with lines '
                  'lc rgb "#d62728" title "exec/s" axes x1y2']
    lines.append("unset multiplot")
    if os.path.exists(png):
        os.remove(png)
    script = os.path.join(d, "progress.gp")
    with open(script, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    out = subprocess.run([gnuplot, script], capture_output=True, text=True)
    if out.returncode != 0:
        if os.path.exists(png):
            os.remove(png)
        said = out.stderr.strip().splitlines()
        return ("gnuplot failed: " + said[-1] if said else
                f"gnuplot failed (status {out.returncode}) and said nothing")
    return None


def execs_and_rate(ts):
    """A target's execs and exec/s as text. Fork mode counts a job's
    executions only from its status lines (at powers of two) and when it
    ends: a short run may end before any, and 0 would be false next to
    its failures, so it says "not sampled"."""
    if not ts["execs"]:
        return "not sampled", "not sampled"
    rate = ts["execs"] / ts["elapsed"] if ts["elapsed"] else 0
    return fmt_count(ts["execs"]), fmt_count(rate)


def target_rows(state):
    head = ["target", "fuzzing time", "execs", "exec/s", "cov", "ft",
            "seeds", "corpus before merge", "after merge", "failures",
            "unique"]
    rows = []
    for t in state["targets"]:
        ts = state["per_target"][t]
        merge = ts.get("merge") or {}
        before, after = merge.get("before"), merge.get("after")
        unique = sum(1 for f in state["findings"].values()
                     if f["target"] == t)
        execs, rate = execs_and_rate(ts)
        rows.append([t, fmt_time(ts["elapsed"]), execs, rate,
                     str(ts["cov"] or "-"), str(ts["ft"] or "-"),
                     str(ts["seeds"]),
                     f"{before[0]} ({before[1]} B)" if before else "-",
                     f"{after[0]} ({after[1]} B)" if after else "-",
                     str(ts["failures"]), str(unique)])
    return head, rows


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return out + ["| " + " | ".join(r) + " |" for r in rows]


def verdict(value, want):
    if value is None:
        return "-"
    return "yes" if value == want else f"no ({value})"


def kept_whole(f):
    """Why a finding's input was kept as found, in words that are true:
    minimisation tries for a time, and a shorter input it made that fails
    another way is not this finding's."""
    how = f.get("minimized") or ""
    sizes = f.get("sizes") or [None]
    if isinstance(sizes[0], int) and sizes[0] <= 1:
        return "kept as found: one byte has nothing to take away"
    if how.startswith("fails as "):
        return ("kept as found: the shorter input libFuzzer made fails "
                f"another way ({how[len('fails as '):]})")
    if how.startswith("none in "):
        return ("libFuzzer made no shorter input failing this way within "
                f"{how[len('none in '):]}")
    return "not shortened"


def finding_rows(state):
    head = ["target", "key", "failures", "first seen (sample)",
            "input (bytes)",
            "test", "fails on this build", "passes on build/"]
    rows, lines = [], []
    for fid in sorted(state["findings"]):
        f = state["findings"][fid]
        sizes = f.get("sizes")
        shrunk = (f"{sizes[0]} -> {sizes[1]}" if sizes and
                  sizes[0] != sizes[1] else
                  f"{sizes[0]}, {kept_whole(f)}" if sizes else "")
        crash = (f"crashes/{f['target']}/{f['slug']} ({shrunk})"
                 if sizes else
                 f"artifacts/{f['target']}/{f['artifact']}"
                 if f.get("artifact") else "-")
        test = f"[{f['test']}]({f['test']})" if f.get("test") else "none"
        rows.append([f["target"], f"`{f['key']}`", str(f["count"]),
                     fmt_time(f["first_elapsed"]), crash, test,
                     verdict(f.get("on_campaign_build"), "FAIL"),
                     verdict(f.get("on_normal_build"), "PASS")])
        lines.append(f"- `{f['target']}: {f['key']}`: {f['line']}")
    return head, rows, lines


def write(state, d):
    """report.md (and progress.png) in d."""
    why_no_plot = plot(state, d)
    fault = f"; planted fault `{state['fault']}`" if state["fault"] else ""
    began = fuzzing_began(d)
    fuzzing = (" (fuzzing from " +
               time.strftime("%H:%M:%S", time.localtime(began)) +
               "; building the targets came first)") if began else ""
    out = [f"# Fuzz campaign in {d}", "",
           f"{fmt_time(state['budget'])} of fuzzing per target, "
           f"{state['sessions']} session(s), started {state['created']}"
           f"{fuzzing}; "
           f"build `{state['build_dir']}`{fault}. Execs and exec/s count "
           "every worker of a target; cov and ft are libFuzzer's (edges "
           "and features, in the code the target's fuzz/coverage-*.txt "
           "list names).",
           ""]
    head, rows = target_rows(state)
    out += table(head, rows)
    gave_up = [f"- {t}: {state['per_target'][t]['gave_up']}"
               for t in state["targets"] if state["per_target"][t]["gave_up"]]
    out += ["", "Given up:", ""] + gave_up if gave_up else []
    out += ["", "![coverage and exec/s over time](progress.png)" if not
            why_no_plot else f"No plot: {why_no_plot}.", ""]
    out += ["## Unique failures", ""]
    if state["findings"]:
        head, rows, lines = finding_rows(state)
        out += ["Deduplicated by key (the fuzz target's `invariant violated "
                "[KEY]`, or a sanitizer report's kind and function); one "
                "minimised input and one lit test per key. First seen is "
                "the target's fuzzing time at the progress sample (every "
                "`--refresh` seconds) that first counted the key, so the "
                "failure came up to one sample earlier.", ""]
        out += table(head, rows) + ["", "First report of each:", ""] + lines
    else:
        out += ["None."]
    out += ["", "## In the morning", ""] + next_steps(state, d)
    failed = bool(state["findings"])
    out += ["", "## Files", "",
            "- `corpus/<target>/`: the merged corpus (the next run starts "
            "from it)"]
    if failed:
        bin_dir = os.path.join(state["build_dir"], "bin")
        env = f"RELOCHECK_BIN={bin_dir}" + (
            f" RELOCHECK_FAULT={state['fault']}" if state["fault"] else "")
        out += ["- `crashes/<target>/`: one minimised failing input per key",
                "- `tests/<target>/`: its lit test; `lit tests/` runs them "
                "all on build/bin (where they should pass once fixed), and "
                f"`{env} lit {os.path.join(d, 'tests')}` on the campaign's "
                "own build, where they fail"]
    out += ["- `timeseries.csv`: a sample per target every refresh; "
            "`progress.gp` redraws the plot",
            "- `logs/<target>.log`: libFuzzer's own output, every session",
            "- `state.json`: what a resumed run starts from"]
    if failed:
        out += ["", "To keep a test, copy it (with its `Inputs/`) into "
                "`lit-tests/fuzz/<target>/` and the input into "
                "`corpus/<target>/regression-<name>`; see docs/fuzzing.md."]
    with open(os.path.join(d, "report.md"), "w") as fh:
        fh.write("\n".join(out) + "\n")
