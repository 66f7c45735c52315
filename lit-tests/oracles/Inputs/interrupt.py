"""interrupt.py SIGNAL COMMAND...: starts a relocheck command, sends it SIGNAL
(TERM, INT, HUP, QUIT, KILL; ignored-INT for one it starts with ignored)
once the stand-in linker runs, and checks that it ends within ten seconds
and that the linker it was running (whose pid the stand-in writes to
$SLEEPING_LD_PID) is gone too (oracle-crash.test). Prints relocheck's
report, then one line: what happened."""
import os
import signal
import subprocess
import sys
import time

name = sys.argv[1].removeprefix("ignored-")
sig = getattr(signal, "SIG" + name)
pid_file = os.environ.get("SLEEPING_LD_PID")  # unset: signal after 2 s
# lit runs tests with SIGINT ignored, and relocheck keeps an ignored
# signal ignored.
if sig != signal.SIGKILL:
    signal.signal(sig, signal.SIG_IGN if name != sys.argv[1]
                  else signal.SIG_DFL)
sys.stdout.flush()  # relocheck's report goes before this one's line
proc = subprocess.Popen(sys.argv[2:], stderr=subprocess.DEVNULL)
for _ in range(100 if pid_file else 15):  # until the stand-in has started
    if pid_file and os.path.exists(pid_file) and \
            open(pid_file).read().strip():
        break
    time.sleep(0.1)
# INTERRUPT_DELAY: seconds from the stand-in's start to the signal.
time.sleep(float(os.environ.get("INTERRUPT_DELAY", "0.5")))
proc.send_signal(sig)
try:
    code = proc.wait(timeout=10)
except subprocess.TimeoutExpired:
    proc.kill()
    print(f"relocheck ran on after SIG{name}")
    sys.exit(1)
time.sleep(0.5)
left = []
pids = [int(open(pid_file).read())] if pid_file else []
# LEFT_MATCH: also every process whose command line holds that text (a
# QEMU child the guest forked, running an image in the test's TMPDIR).
match = os.environ.get("LEFT_MATCH")
if match:
    for entry in os.listdir("/proc"):
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                if match.encode() in fh.read() and int(entry) != os.getpid():
                    pids.append(int(entry))
        except (OSError, ValueError):
            continue
for pid in pids:
    try:  # a zombie (killed, its parent gone, not yet reaped) has ended
        with open(f"/proc/{pid}/stat") as fh:
            state = fh.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        continue
    if state != "Z":
        left.append(pid)
        os.kill(pid, signal.SIGKILL)
print(f"relocheck ended with {code}; left running: {left or 'none'}")
