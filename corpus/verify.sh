#!/bin/sh
# verify.sh - assemble, link and run every manifest entry with the reference
# toolchain (llvm-mc 22 + ld.lld 22 + qemu-arm) and check the exit status.
#
# Usage: corpus/verify.sh [-k] [-g]
#   -k  keep the work directory and print its name
#   -g  use GNU as + GNU ld (arm-linux-gnueabihf-*) instead of llvm-mc + ld.lld
#
# armv7-m entries are check-only: they are assembled and linked, but not run
# (qemu-arm user mode cannot run M-profile binaries).
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
LLVM_MC=${LLVM_MC:-/usr/lib/llvm-22/bin/llvm-mc}
LD_LLD=${LD_LLD:-/usr/lib/llvm-22/bin/ld.lld}
QEMU_ARM=${QEMU_ARM:-qemu-arm}
GNU_AS=${GNU_AS:-arm-linux-gnueabihf-as}
GNU_LD=${GNU_LD:-arm-linux-gnueabihf-ld}
KEEP=0 GNU=0
for arg in "$@"; do
    case $arg in
    -k) KEEP=1 ;;
    -g) GNU=1 ;;
    *) echo "usage: $0 [-k] [-g]" >&2; exit 2 ;;
    esac
done

WORK=$(mktemp -d -t relocheck-corpus.XXXXXX)
[ "$KEEP" = 1 ] || trap 'rm -rf "$WORK"' EXIT

triple_for() {
    case "$1" in
    armv5te) echo armv5te-none-eabi ;;
    armv6)   echo armv6-none-eabi ;;
    armv7-a) echo armv7a-none-eabi ;;
    armv7-m) echo thumbv7m-none-eabi ;;
    *) echo "verify.sh: unknown arch $1" >&2; exit 1 ;;
    esac
}

pass=0 fail=0
while read -r name expected arch files; do
    triple=$(triple_for "$arch")
    mkdir -p "$WORK/$name"
    objs=
    for f in $files; do
        o="$WORK/$name/$(basename "$f" .s).o"
        if [ "$GNU" = 1 ]; then
            "$GNU_AS" -march="$arch" -o "$o" "$HERE/$f"
        else
            "$LLVM_MC" -triple="$triple" -arm-add-build-attributes -filetype=obj \
                -o "$o" "$HERE/$f"
        fi
        objs="$objs $o"
    done
    # shellcheck disable=SC2086
    if [ "$GNU" = 1 ]; then
        "$GNU_LD" -static -T "$HERE/link.lds" -o "$WORK/$name/a.out" $objs
    else
        "$LD_LLD" -static -T "$HERE/link.lds" -o "$WORK/$name/a.out" $objs
    fi
    if [ "$arch" = armv7-m ]; then
        echo "LINKED  $name (check-only)"
        pass=$((pass + 1))
        continue
    fi
    status=0
    "$QEMU_ARM" "$WORK/$name/a.out" || status=$?
    if [ "$status" = "$expected" ]; then
        echo "PASS    $name exit $status"
        pass=$((pass + 1))
    else
        echo "FAIL    $name exit $status, expected $expected"
        fail=$((fail + 1))
    fi
done < "$HERE/manifest.txt"

echo "$pass passed, $fail failed"
[ "$KEEP" = 1 ] && echo "work directory: $WORK"
[ "$fail" = 0 ]
