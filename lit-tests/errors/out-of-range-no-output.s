@ A value out of range names the file, section+offset, kind, symbol, the
@ value in signed decimal and hex, and the inclusive range; link exits
@ non-zero and leaves no output file behind.
@ relocheck: --no-veneers
@ RUN: rm -f %t.elf
@ RUN: not relocheck link --no-veneers -Ttext=0x20000 --section-start=.far=0x2020008 %s -o %t.elf 2>&1 | FileCheck %s
@ RUN: not test -e %t.elf
@ CHECK: out-of-range-no-output.s:(.text+0x0): error: R_ARM_JUMP24 against 'far': value 33554432 (0x2000000) is not in [-33554432, 33554428]
@ CHECK-NOT: error
        .arm
        .text
        .globl _start
        .type _start, %function
_start: b far
        b far
        .section .far, "ax", %progbits
        .type far, %function
far:    bx lr
