@ R_ARM_MOVW_ABS_NC on ARM MOVW (A2): X = (S + A) | T, the field takes
@ X[15:0] in imm4:imm12 = insn[19:16]:insn[11:0]; cond and Rd are kept
@ (fact sheet 3.7). A Thumb function's T bit is ORed in.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008
@ relocheck: --section-start=.big=0x12345678 --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      w1 R_ARM_MOVW_ABS_NC 'tgtD' P=0x00020000 S=0x00040008 A=0 T=0 X=0x00040008 {{.*}} : movw r0, #8
@ DUMP-NEXT: w2 R_ARM_MOVW_ABS_NC 'big' P=0x00020004 S=0x12345678 A=0 T=0 X=0x12345678 {{.*}} : movw r1, #22136
@ DUMP-NEXT: w3 R_ARM_MOVW_ABS_NC 'fnT' P=0x00020008 S=0x00022006 A=0 T=1 X=0x00022007 {{.*}} : movw r2, #8199
@ DUMP-NEXT: w4 R_ARM_MOVW_ABS_NC 'tgtD' P=0x0002000c {{.*}} : movweq r3, #8

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x40008: imm16 0x0008 -> 0xe3000008.
w1:     movw r0, #:lower16:tgtD
@ expect w1 value: tgtD
@ expect w1 bytes: 08 00 00 e3
@ X = 0x12345678: imm16 0x5678 (imm4 5, imm12 0x678), Rd 1 -> 0xe3051678.
w2:     movw r1, #:lower16:big
@ expect w2 value: big
@ expect w2 bytes: 78 16 05 e3
@ X = 0x22006 | 1 = 0x22007: imm16 0x2007, Rd 2 -> 0xe3022007.
w3:     movw r2, #:lower16:fnT
@ expect w3 value: fnT
@ expect w3 bytes: 07 20 02 e3
@ Condition EQ (0x0) kept: 0x03003008.
w4:     movweq r3, #:lower16:tgtD
@ expect w4 value: tgtD
@ expect w4 bytes: 08 30 00 03
        bx lr

        .section .dat, "a", %progbits
tgtD:   .word 0

        .section .big, "a", %progbits
big:    .word 0

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
