@ R_ARM_THM_ALU_ABS_G3 has no range check (reference §2 and §3.13: "No
@ checks"): the linker writes lane 3 of X, (X >> 24) & 0xFF, and never
@ reports overflow. G3 lacks the _NC suffix but, like MOVT_ABS,
@ takes the top bits of X, which cannot overflow.
@ Extreme values and a sum that wraps past 2^32 must link, exact mod 2^32.
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=allOnes=0xffffffff --defsym=zero=0 --defsym=mid=0x80000000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0xFFFFFFFF: lane 3 = 0xFF.
r1:     movs r0, #:upper8_15:allOnes
@ expect r1 bytes: ff 20
@ X = 0: lane 3 = 0x00.
r2:     movs r1, #:upper8_15:zero
@ expect r2 bytes: 00 21
@ X = 0xFFFFFFFF + 0x11 wraps to 0x10 (A = 0x11 in the field): lane 3 = 0x00.
r3:     adds r2, #:upper8_15:(allOnes + 0x11)
@ expect r3 bytes: 00 32
@ X = 0x80000000: lane 3 = 0x80.
r4:     movs r3, #:upper8_15:mid
@ expect r4 bytes: 80 23
        bx lr
