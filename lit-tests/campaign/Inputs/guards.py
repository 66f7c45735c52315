"""For guards.test: tools/campaign.py's guards on what it reads from disk
and kills, each on cases it must refuse and cases it must take."""
import os
import sys

sys.path.insert(0, sys.argv[1])
import campaign  # noqa: E402

work = sys.argv[2]
d = os.path.join(work, "c")
# Leftover fuzzers are killed only when an argument is a path in the
# campaign (a tail -f of /tmp/c2/... was killed for /tmp/c).
print("fuzzer", campaign.mentions_dir(
    b"/b/encoder_invariants\0-artifact_prefix=" + d.encode() +
    b"/artifacts/e/\0" + d.encode() + b"/corpus/e", d))
print("other-dir", campaign.mentions_dir(
    b"tail\0-f\0" + d.encode() + b"2/logs/e.log", d))
print("text", campaign.mentions_dir(b"grep\0" + d.encode(), d))
# A name from state.json stays inside artifacts/<target>/.
print("names", [campaign.plain_name(n) for n in
                ("crash-1", "../x", "/etc/hostname", "", "..", "a/b", 5)])
# A FIFO or folder is no file to read.
os.makedirs(os.path.join(work, "dir"), exist_ok=True)
fifo = os.path.join(work, "fifo")
if not os.path.exists(fifo):
    os.mkfifo(fifo)
open(os.path.join(work, "file"), "w").close()
print("regular", [campaign.regular_file(os.path.join(work, n))
                  for n in ("file", "fifo", "dir", "absent")])
