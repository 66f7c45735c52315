"""stop-when.py STATE_JSON SECONDS SIGNAL -- CMD...: runs CMD and, once
every target in STATE_JSON has fuzzed SECONDS, sends it SIGNAL (TERM, INT
or KILL); prints CMD's exit status. For the campaign tests."""
import json
import signal
import subprocess
import sys
import time

state_path, seconds, sig = sys.argv[1], float(sys.argv[2]), sys.argv[3]
cmd = sys.argv[sys.argv.index("--") + 1:]
proc = subprocess.Popen(cmd)
deadline = time.monotonic() + 600
while proc.poll() is None and time.monotonic() < deadline:
    try:
        with open(state_path) as fh:
            targets = json.load(fh)["per_target"].values()
        if targets and all(t["elapsed"] >= seconds for t in targets):
            break
    except (OSError, ValueError, KeyError):
        pass
    time.sleep(0.2)
proc.send_signal(getattr(signal, "SIG" + sig))
print(f"exit {proc.wait()}", flush=True)
