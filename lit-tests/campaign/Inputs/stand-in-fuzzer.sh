#!/bin/sh
# A stand-in for a libFuzzer target, for fs-errors.test. $MODE says how it
# fails: "merge" ends fuzzing as libFuzzer does when a full disk cut its
# merge control file short; "unreadable" fuzzes until stopped, saving one
# input, which it then cannot read back when asked to run it.
prefix= merge= last=
for a in "$@"; do
  case $a in
    -artifact_prefix=*) prefix=${a#-artifact_prefix=} ;;
    -merge=1) merge=1 ;;
  esac
  last=$a
done
case "$*" in
  *-fork=*)
    echo "INFO: -fork=1: fuzzing in separate process(s)"
    if [ "$MODE" = merge ]; then
      echo "MERGE: failed to parse the control file (unexpected error)"
      exit 1
    fi
    printf 'x' > "${prefix}crash-0123"
    touch -d '1 hour ago' "${prefix}crash-0123"
    exec sleep 60 ;;
esac
if [ -n "$merge" ]; then
  dirs=$(printf '%s\n' "$@" | grep -v '^-')
  set -- $dirs
  cp "$2"/* "$1"/ 2>/dev/null
  touch "$1/seed"
  exit 0
fi
echo "INFO: Seed: 1"
echo "$last: cannot read the input: Input/output error" >&2
exit 1
