"""Starts a relocheck command, sends it SIGTERM after a second, and checks
that it ends by that signal within ten seconds and that the linker it was
running (whose pid the stand-in writes to $SLEEPING_LD_PID) is gone too
(oracle-crash.test). Prints one line: what happened."""
import os
import signal
import subprocess
import sys
import time

pid_file = os.environ["SLEEPING_LD_PID"]
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL,
                        stderr=subprocess.DEVNULL)
for _ in range(100):  # until the stand-in linker has started
    if os.path.exists(pid_file) and open(pid_file).read().strip():
        break
    time.sleep(0.1)
time.sleep(0.5)
proc.send_signal(signal.SIGTERM)
try:
    code = proc.wait(timeout=10)
except subprocess.TimeoutExpired:
    proc.kill()
    print("relocheck ran on after SIGTERM")
    sys.exit(1)
time.sleep(0.5)
left = []
for pid in [int(open(pid_file).read())]:
    try:  # a zombie (killed, its parent gone, not yet reaped) has ended
        with open(f"/proc/{pid}/stat") as fh:
            state = fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        continue
    if state != "Z":
        left.append(pid)
        os.kill(pid, signal.SIGKILL)
print(f"relocheck ended with {code}; left running: {left or 'none'}")
