"""timed.py SECONDS COMMAND...: runs COMMAND, passing its output through,
and prints "finished within SECONDS s" when it ended by then, or kills it
and prints "ran on past SECONDS s" (oracle-crash.test)."""
import subprocess
import sys

limit = float(sys.argv[1])
sys.stdout.flush()
try:
    subprocess.run(sys.argv[2:], timeout=limit)
    print(f"finished within {sys.argv[1]} s")
except subprocess.TimeoutExpired:
    print(f"ran on past {sys.argv[1]} s")
