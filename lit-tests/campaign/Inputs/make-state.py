"""Writes a campaign state.json of the right outer shape with one edit, for
usage.test: artifact=PATH (the finding's kept input), target=NAME (the
campaign's target), elapsed=TEXT (a string where a number belongs, or a
number out of bounds: -100, NaN), jobs=N (the worker count),
fault=NAME (the planted fault), build_dir=PATH (the fuzz build; by default
no-such-build next to state.json, so that a campaign that wrongly went on
to build makes nothing outside the test's folder)."""
import json
import os
import sys

path, edit = sys.argv[1], sys.argv[2]
what, value = edit.split("=", 1)


def number_or_text(text):
    try:
        return json.loads(text)  # -100, NaN, 1e308
    except ValueError:
        return text

target = value if what == "target" else "encoder_invariants"
state = {
    "version": 1, "budget": 60, "targets": [target],
    "fault": value if what == "fault" else None,
    "planted": False,
    "jobs": int(value) if what == "jobs" else 1, "build_dir": value if what == "build_dir" else
    os.path.join(os.path.dirname(os.path.abspath(path)), "no-such-build"),
    "phase": "fuzzing", "sessions": 1, "pgids": {},
    "created": "2026-12-06 00:00:00",
    "per_target": {"encoder_invariants": {
        "elapsed": number_or_text(value) if what == "elapsed" else 1.0, "execs": 0,
        "sessions": 1, "cov": 0, "ft": 0, "seeds": 0, "failures": 1,
        "artifacts": {}, "gave_up": None, "merge": None}},
    "findings": {"encoder_invariants: k": {
        "target": "encoder_invariants", "key": "k", "count": 1,
        "artifact": value if what == "artifact" else "crash-1",
        "line": "x", "first_elapsed": 0.5}},
}
with open(path, "w") as fh:
    json.dump(state, fh)
