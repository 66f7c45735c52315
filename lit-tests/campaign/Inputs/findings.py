"""findings.py DIR FAULTY_LIT_OUTPUT NORMAL_LIT_OUTPUT: checks that a
campaign wrote exactly one test per unique failure, and how each test
fared under lit on the faulty and on the normal build."""
import json
import os
import re
import sys

d, faulty_out, normal_out = sys.argv[1:4]
with open(os.path.join(d, "state.json")) as fh:
    state = json.load(fh)
findings = state["findings"].values()
tests = []
for root, dirs, files in os.walk(os.path.join(d, "tests")):
    dirs[:] = [x for x in dirs if x not in ("Inputs", "Output")]
    tests += [os.path.relpath(os.path.join(root, f), os.path.join(d, "tests"))
              for f in files if f.endswith((".s", ".test"))]
named = sorted(os.path.relpath(os.path.join(d, f["test"]),
                               os.path.join(d, "tests"))
               for f in findings if f.get("test"))
failures = sum(ts["failures"] for ts in state["per_target"].values())
print(f"unique failures: {len(state['findings'])}")
print(f"tests: {len(tests)}, one per key: {sorted(tests) == named}")
keys = sorted(f["target"] + ": " + f["key"] for f in findings)
print(f"keys: {' | '.join(keys)}")
print(f"deduplicated: {failures > len(state['findings'])}")


def results(path):
    with open(path) as fh:
        return dict((m.group(2), m.group(1)) for m in re.finditer(
            r"^(\w+): campaign :: (\S+)", fh.read(), re.M))


for name, path, want in (("faulty", faulty_out, "FAIL"),
                         ("normal", normal_out, "PASS")):
    got = results(path)
    ok = sum(1 for t in tests if got.get(t) == want)
    print(f"{want} on the {name} build: {ok} of {len(tests)}")
