"""kill-finishing.py STATE_JSON -- CMD...: runs CMD (a campaign) and sends
it SIGKILL while it minimises, once libFuzzer's -minimize_crash has
forked its step: once state.json shows every corpus merged and names a
"finishing" process group with two live processes. Prints whether that
group outlived the kill."""
import json
import os
import signal
import subprocess
import sys
import time

state_path = sys.argv[1]
cmd = sys.argv[sys.argv.index("--") + 1:]


def members(pgid):
    found = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(pid))
    return found


proc = subprocess.Popen(cmd)
deadline = time.monotonic() + 300
pgid = None
while proc.poll() is None and time.monotonic() < deadline:
    try:
        with open(state_path) as fh:
            state = json.load(fh)
        merged = all(ts["merge"] for ts in state["per_target"].values())
        pgid = state["pgids"].get("finishing") if merged else None
    except (OSError, ValueError, KeyError):
        pgid = None
    if pgid and len(members(pgid)) >= 2:
        break
    time.sleep(0.05)
proc.send_signal(signal.SIGKILL)
proc.wait()
time.sleep(0.5)
print(f"killed while finishing: {bool(pgid)}; group outlived the kill: "
      f"{bool(pgid and members(pgid))}", flush=True)
