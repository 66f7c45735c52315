@ R_ARM_THM_ALU_ABS_G0_NC has no range check (reference §2 and §3.13: "No
@ checks"): the linker writes lane 0 of X, X & 0xFF, and never
@ reports overflow.
@ Extreme values and a sum that wraps past 2^32 must link, exact mod 2^32.
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=allOnes=0xffffffff --defsym=zero=0 --defsym=mid=0x80 --section-start=.fn=0x220fe
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0xFFFFFFFF: lane 0 = 0xFF.
r1:     movs r0, #:lower0_7:allOnes
@ expect r1 bytes: ff 20
@ X = 0: lane 0 = 0x00.
r2:     movs r1, #:lower0_7:zero
@ expect r2 bytes: 00 21
@ X = 0xFFFFFFFF + 0x11 wraps to 0x10 (A = 0x11 in the field): lane 0 = 0x10.
r3:     adds r2, #:lower0_7:(allOnes + 0x11)
@ expect r3 bytes: 10 32
@ X = 0x80: lane 0 = 0x80.
r4:     movs r3, #:lower0_7:mid
@ expect r4 bytes: 80 23
@ T is ORed in before the lane is taken: Thumb function at 0x220FE,
@ X = 0x220FF, lane 0 = 0xFF (nothing carries into lane 1).
r5:     movs r4, #:lower0_7:fnEdge
@ expect r5 bytes: ff 24
        bx lr

        .section .fn, "ax", %progbits
        .thumb
        .globl fnEdge
        .type fnEdge, %function
fnEdge: bx lr
