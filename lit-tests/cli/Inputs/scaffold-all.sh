#!/usr/bin/env bash
# Scaffolds a draft test for every kind relocheck applies and checks that
# each draft passes as written: the scaffold's expectations come from the
# kinds table and must agree with the linker core and the checker.
set -u
dir=$1
made=0 failed=0 skipped=0
arch=${2:-armv7-a}
for kind in $(relocheck kinds | awk '$NF == "supported" {print $2}'); do
  if ! relocheck scaffold "$kind" --arch="$arch" > "$dir/$kind.s" 2> "$dir/$kind.err"; then
    skipped=$((skipped + 1))
    continue
  fi
  made=$((made + 1))
  if ! relocheck check "$dir/$kind.s" > "$dir/$kind.out" 2>&1; then
    failed=$((failed + 1))
    echo "FAILED: $kind"
    cat "$dir/$kind.out"
  fi
done
echo "scaffolded $made kinds ($skipped need a hand-written test), $failed failed"
