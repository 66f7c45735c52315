#!/usr/bin/env python3
"""Prints one closing line, "N passed, N failed, N skipped", over the JUnit
XML files that GoogleTest and lit write. A missing file counts as a failure
(the suite did not run)."""
import os
import stat
import sys
import xml.etree.ElementTree as ET

if not sys.argv[1:] or sys.argv[1] in ("-h", "--help"):
    print("usage: summarize-results.py RESULTS.xml...\n" + __doc__.strip())
    sys.exit(0 if sys.argv[1:] else 2)
passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        # A FIFO or device would block the parse for good.
        if os.path.exists(path) and not stat.S_ISREG(os.stat(path).st_mode):
            raise OSError(f"not a regular file: '{path}'")
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as e:
        print(f"{path}: error: no results ({e})")
        failed += 1
        continue
    for case in root.iter("testcase"):
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        elif case.find("skipped") is not None or case.get("result") == "skipped":
            skipped += 1
        else:
            passed += 1
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
