"""closed-fds.py FDS COMMAND...: runs COMMAND with the file descriptors
FDS (comma-separated, of 0, 1, 2) closed, and prints its exit status
(closed-streams.test)."""
import os
import subprocess
import sys

fds = [int(f) for f in sys.argv[1].split(",")]


def close_them():
    for fd in fds:
        os.close(fd)


sys.stdout.flush()
code = subprocess.run(sys.argv[2:], preexec_fn=close_them).returncode
print(f"exit {code}")
