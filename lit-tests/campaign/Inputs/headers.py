"""headers.py TESTS BIN: whether the header comment of each replay test a
campaign wrote (TESTS/<target>/*.test) describes the input the test
replays: the report line that BIN/<target>-replay prints for
Inputs/<name>, word for word (RELOCHECK_FAULT is passed on)."""
import glob
import os
import subprocess
import sys

tests, bin_dir = sys.argv[1:3]
total = same = 0
for test in sorted(glob.glob(os.path.join(tests, "*", "*.test"))):
    with open(test) as fh:
        lines = fh.read().splitlines()
    said = []
    for line in lines[1:]:
        if line.startswith("# RUN:"):
            break
        said += line[1:].split()
    target = os.path.basename(os.path.dirname(test))
    name = os.path.basename(test)[:-len(".test")]
    out = subprocess.run([os.path.join(bin_dir, target + "-replay"),
                          os.path.join(os.path.dirname(test), "Inputs",
                                       name)],
                         capture_output=True, text=True).stderr
    report = next((line for line in out.splitlines()
                   if "invariant violated" in line), "")
    total += 1
    if said == report.split():
        same += 1
    else:
        print(f"{name}: header {' '.join(said)!r}, input {report!r}")
print(f"headers describing their input: {same} of {total}")
