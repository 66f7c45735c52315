#!/bin/sh
# regenerate.sh - re-create every checked-in corpus .s file from the C sources.
#
# Usage: corpus/regenerate.sh            (from anywhere; needs clang-22 on PATH
#                                         or CLANG=/path/to/clang)
#
# Idempotent: running it twice produces byte-identical files.  Each compile
# runs inside the program's directory with a relative source name, so the
# .file directive does not depend on where the checkout lives.  The output
# does embed the compiler's .ident string, so a different clang build will
# change that line (and possibly code).
set -eu

CLANG=${CLANG:-clang-22}
HERE=$(cd "$(dirname "$0")" && pwd)

# Flags shared by every compile: freestanding, no libc, no unwind tables
# beyond the .cantunwind EHABI entries clang always emits for ARM, and no
# .addrsig directives (GNU as rejects them; this keeps the corpus assemblable
# by both llvm-mc and GNU as, and keeps SHT_LLVM_ADDRSIG out of the objects).
COMMON="-ffreestanding -fno-builtin -nostdlib -fno-exceptions -fno-unwind-tables -fno-asynchronous-unwind-tables -fno-addrsig -S"

# Configuration tag -> target flags.  The tag is <arch>-<isa>-<opt>.
flags_for() {
    case "$1" in
    armv7a-arm-O0)    echo "--target=arm-none-eabi -march=armv7-a -marm -O0" ;;
    armv7a-arm-O1)    echo "--target=arm-none-eabi -march=armv7-a -marm -O1" ;;
    armv7a-arm-O2)    echo "--target=arm-none-eabi -march=armv7-a -marm -O2" ;;
    armv7a-thumb-O0)  echo "--target=arm-none-eabi -march=armv7-a -mthumb -O0" ;;
    armv7a-thumb-O1)  echo "--target=arm-none-eabi -march=armv7-a -mthumb -O1" ;;
    armv7a-thumb-O2)  echo "--target=arm-none-eabi -march=armv7-a -mthumb -O2" ;;
    armv6-arm-O1)     echo "--target=arm-none-eabi -march=armv6 -marm -O1" ;;
    armv6-arm-O2)     echo "--target=arm-none-eabi -march=armv6 -marm -O2" ;;
    armv6-thumb-O1)   echo "--target=arm-none-eabi -march=armv6 -mthumb -O1" ;;
    armv6-thumb-O2)   echo "--target=arm-none-eabi -march=armv6 -mthumb -O2" ;;
    armv5te-arm-O1)   echo "--target=arm-none-eabi -march=armv5te -marm -O1" ;;
    armv5te-arm-O2)   echo "--target=arm-none-eabi -march=armv5te -marm -O2" ;;
    armv5te-thumb-O0) echo "--target=arm-none-eabi -march=armv5te -mthumb -O0" ;;
    armv5te-thumb-O1) echo "--target=arm-none-eabi -march=armv5te -mthumb -O1" ;;
    armv5te-thumb-O2) echo "--target=arm-none-eabi -march=armv5te -mthumb -O2" ;;
    armv7m-thumb-O1)  echo "--target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb -O1" ;;
    armv7m-thumb-O2)  echo "--target=thumbv7m-none-eabi -mcpu=cortex-m3 -mthumb -O2" ;;
    *) echo "regenerate.sh: unknown config $1" >&2; exit 1 ;;
    esac
}

# Manifest line: <name> <expected-exit> <arch> <start.s> <file.s>...
# The start file runs in the opposite state to main, so every program also
# interworks at the entry (M-profile has only Thumb, so start-thumb.s there).
arch_for() {
    case "$1" in
    armv7a-*) echo armv7-a ;;
    armv7m-*) echo armv7-m ;;
    armv6-*) echo armv6 ;;
    armv5te-*) echo armv5te ;;
    esac
}
start_for() {
    case "$1" in
    *-thumb-*) [ "$(arch_for "$1")" = armv7-m ] && echo start-thumb.s || echo start-arm.s ;;
    *) echo start-thumb.s ;;
    esac
}
MANIFEST_TMP=$HERE/manifest.txt.tmp
: > "$MANIFEST_TMP"

# compile <dir> <source.c> <config-tag>  ->  <dir>/<source>.<config-tag>.s
# A tag may carry a fourth part naming one code-model flag, e.g.
# armv7a-arm-O1-fPIE compiles with the armv7a-arm-O1 flags plus -fPIE.
compile() {
    dir=$1 src=$2 tag=$3
    out=${src%.c}.$tag.s
    case $tag in
    *-*-*-f*) base=${tag%-*} extra=-${tag##*-} ;;
    *) base=$tag extra= ;;
    esac
    # Word splitting of the flag lists is intended.
    # shellcheck disable=SC2046,SC2086
    (cd "$HERE/$dir" && "$CLANG" $(flags_for "$base") $extra $COMMON -o "$out" "$src")
    echo "  $dir/$out"
}

# Single-file programs: one .s per configuration.  Every program gets the
# common set; -O0 and the position-independent code models (-fPIC: GOT_PREL,
# -fPIE: REL32, -fropi: MOVW/MOVT_PREL) are spread over the programs to keep
# the corpus small.
COMMON_CONFIGS="armv7a-arm-O1 armv7a-thumb-O2 armv6-arm-O2 armv5te-arm-O1
                armv5te-thumb-O2 armv7m-thumb-O1"
extra_configs_for() {
    case "$1" in
    checksum)     echo "armv7a-arm-O0 armv7a-thumb-O1-fPIC" ;;
    statemachine) echo "armv7a-arm-O1-fPIE armv5te-thumb-O1-fPIE" ;;
    fptable)      echo "armv7a-arm-O0 armv7a-thumb-O2-fropi" ;;
    recurse)      echo "armv7a-thumb-O0 armv5te-arm-O1-fPIC armv6-thumb-O1" ;;
    esac
}

for prog in checksum statemachine fptable recurse; do
    for tag in $COMMON_CONFIGS $(extra_configs_for "$prog"); do
        compile "$prog" "$prog.c" "$tag"
        case $prog in
        checksum) status=42 ;; statemachine) status=57 ;;
        fptable) status=73 ;; recurse) status=11 ;;
        esac
        echo "$prog.$tag $status $(arch_for "$tag") $(start_for "$tag") $prog/$prog.$tag.s" >> "$MANIFEST_TMP"
    done
done

# The interworking program: iw-arm.c is always ARM and iw-thumb.c is always
# Thumb, paired by architecture and optimisation level.  M-profile has no ARM
# state, so there both halves are Thumb (check-only).
for pair in armv7a-O0 armv7a-O1 armv7a-O2 armv6-O1 armv5te-O2; do
    arch=${pair%-*} opt=${pair#*-}
    compile interwork iw-arm.c "$arch-arm-$opt"
    compile interwork iw-thumb.c "$arch-thumb-$opt"
    echo "interwork.$pair 99 $(arch_for "$arch-arm-$opt") $(start_for "$arch-arm-$opt") interwork/iw-arm.$arch-arm-$opt.s interwork/iw-thumb.$arch-thumb-$opt.s" >> "$MANIFEST_TMP"
done
compile interwork iw-arm.c armv7m-thumb-O2
compile interwork iw-thumb.c armv7m-thumb-O2
echo "interwork.armv7m-O2 99 armv7-m start-thumb.s interwork/iw-arm.armv7m-thumb-O2.s interwork/iw-thumb.armv7m-thumb-O2.s" >> "$MANIFEST_TMP"

mv "$MANIFEST_TMP" "$HERE/manifest.txt"
echo "  manifest.txt"
