@ An ARM BLX to an odd address that is no function: T = 0, so bit 0 of
@ X = S + A - P is no Thumb bit but a misaligned target (a BLX reaches
@ halfwords). It is refused, as every other branch to that symbol is; it
@ was masked away, and the BLX went to S - 1. An even address links.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: blx-odd-untyped-target.s:(.text+0x0): error: R_ARM_CALL against 'odd': value 65529 (0xfff9) is not a multiple of 2 (misaligned target)
@ CHECK-NEXT: FAIL: {{.*}}blx-odd-untyped-target.s (1 problem)
@ RUN: not relocheck dump %s 2>/dev/null | FileCheck %s --check-prefix=EVEN
@ EVEN: s2 R_ARM_CALL 'even' P=0x00020004 S=0x00030002 A=-8 T=0 X=0x0000fff6 : fd 3f 00 fb : blx #65526 => 0x00030002 thumb
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=odd=0x30001 --defsym=even=0x30002
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: blx odd
s2:     blx even
        bx lr
