@ R_ARM_THM_ALU_PREL_11_0 to Thumb functions: X = ((S + A) | T) - Pa, so
@ the Thumb bit is ORed into the address before Pa is taken away; a
@ backward X is negative and SUBW holds its magnitude, which is then
@ even (reference §2 and §3.10). The range check is on that X: a target
@ 0x1000 bytes back is in range with T = 1 (X = -0xFFF), one 0x1000 on
@ is not (X = 0x1001). llvm-mc writes A = -4 for each `adr.w`.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.edge=0x1f008 --section-start=.lo=0x1ff00 --section-start=.hi=0x21008
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ Pa 0x20000: X = ((0x1FF00 - 4) | 1) - 0x20000 = -0x103: SUBW #0x103,
@ and the address r0 gets is 0x1FF01 (GNU ld 2.40 wrote SUBW #0x105).
back:   adr.w r0, fLo
@ expect back bytes: af f2 03 10
@ expect back value: 0x1ff01
@ Pa 0x20004: S + A - Pa = 0x1F004 - 0x20004 = -0x1000; with T, -0xFFF.
edge:   adr.w r1, fEdge
@ expect edge bytes: af f6 ff 71
@ Pa 0x20008: (0x2100A - 4) | 1 - 0x20008 = 0xFFF: ADDW, the top end.
fwd:    adr.w r2, fMax
@ expect fwd bytes: 0f f6 ff 72
@ Pa 0x2000C: (0x21010 - 4) | 1 - 0x2000C = 0x1001.
over:   adr.w r3, fOver
@ expect over error: value 4097 (0x1001) is not in [-4095, 4095]
        bx lr

        .section .edge, "ax", %progbits
        .globl fEdge
        .type fEdge, %function
fEdge:  bx lr

        .section .lo, "ax", %progbits
        .globl fLo
        .type fLo, %function
fLo:    bx lr

        .section .hi, "ax", %progbits
        .space 2
        .globl fMax, fOver
        .type fMax, %function
fMax:   bx lr
        .space 4
        .type fOver, %function
fOver:  bx lr
