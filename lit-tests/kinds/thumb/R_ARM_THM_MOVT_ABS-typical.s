@ R_ARM_THM_MOVT_ABS: Thumb MOVT (T1) takes X[31:16] of X = S + A (no T)
@ (AAELF32 "Thumb32 relocations"; reference §3.7). The whole sum is formed
@ before the top half is taken, so an addend can carry into it.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x12345678 --section-start=.dat2=0x1234fff8
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ tgtD = 0x12345678: MOVT 0x1234 (imm4 1 i 0 imm3 2 imm8 0x34).
w1:     movw r0, #:lower16:tgtD
t1:     movt r0, #:upper16:tgtD
@ expect t1 value: tgtD
@ expect t1 bytes: c1 f2 34 20
@ expect w1 pair t1: tgtD
@ tgtE = 0x1234FFF8, A = 0x10: X = 0x12350008, MOVT 0x1235 (carry from the
@ low half), MOVW 0x0008.
w2:     movw r1, #:lower16:(tgtE + 0x10)
t2:     movt r1, #:upper16:(tgtE + 0x10)
@ expect t2 value: tgtE + 0x10
@ expect t2 bytes: c1 f2 35 21
@ expect w2 pair t2: tgtE + 0x10
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .dat2, "aw", %progbits
        .globl tgtE
tgtE:   .word 0
