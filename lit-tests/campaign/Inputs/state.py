"""state.py DIR: a campaign's state.json as lines for FileCheck, and how
many processes still name DIR on their command line."""
import json
import os
import sys

d = os.path.abspath(sys.argv[1])
with open(os.path.join(d, "state.json")) as fh:
    state = json.load(fh)
print(f"phase: {state['phase']} sessions: {state['sessions']}")
for t, ts in sorted(state["per_target"].items()):
    print(f"{t}: elapsed {int(ts['elapsed'])} sessions {ts['sessions']} "
          f"execs {'>0' if ts['execs'] > 0 else '0'}")
left = 0
for pid in filter(str.isdigit, os.listdir("/proc")):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmdline = fh.read()
    except OSError:
        continue
    if d.encode() in cmdline and b"state.py" not in cmdline:
        left += 1
print(f"processes left: {left}")
