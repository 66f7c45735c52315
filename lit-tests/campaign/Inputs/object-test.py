"""object-test.py DIR OBJECT: writes the lit test tools/campaign.py writes
for an object_reader finding on OBJECT, into DIR/tests/object_reader/."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                "..", "..", "..", "tools"))
import campaign_finish  # noqa: E402

d, obj = sys.argv[1:3]
f = {"target": "object_reader", "slug": "AddressSanitizer-in-readObject",
     "key": "AddressSanitizer: heap-buffer-overflow in relocheck::readObject",
     "line": "==1==ERROR: AddressSanitizer: heap-buffer-overflow on address "
             "0x1 at pc 0x2"}
campaign_finish.write_test(d, f, runner=None, crash=obj)
campaign_finish.write_lit_cfg(d)
print(f["test"])
