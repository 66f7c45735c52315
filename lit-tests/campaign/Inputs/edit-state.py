"""edit-state.py FILE EDIT...: changes a state.json in place, for
state-damage.test. An EDIT is a dotted path and a JSON value
(per_target.encoder_invariants.merge="abc") or a dotted path after a
minus, which deletes that field (-created)."""
import json
import sys

path = sys.argv[1]
with open(path) as fh:
    state = json.load(fh)
for edit in sys.argv[2:]:
    delete = edit.startswith("-")
    where, _, value = edit.lstrip("-").partition("=")
    *parents, last = where.split(".")
    obj = state
    for name in parents:
        obj = obj[name]
    if delete:
        del obj[last]
    else:
        obj[last] = json.loads(value)
with open(path, "w") as fh:
    json.dump(state, fh)
