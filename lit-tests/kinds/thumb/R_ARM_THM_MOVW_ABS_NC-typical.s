@ R_ARM_THM_MOVW_ABS_NC: Thumb MOVW (T3) takes X[15:0] of X = (S + A) | T,
@ imm16 = imm4:i:imm3:imm8 = hw1[3:0]:hw1[10]:hw2[14:12]:hw2[7:0]
@ (AAELF32 "Thumb32 relocations"; reference §3.7). T is ORed in for a Thumb
@ function, so MOVW/MOVT of fnT yields an address ready for BLX; an untyped
@ Thumb label (STT_NOTYPE) has T = 0 and stays even (reference §4).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x12345678 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ tgtD = 0x12345678: imm16 0x5678 -> imm4 5 i 0 imm3 6 imm8 0x78.
w1:     movw r0, #:lower16:tgtD
@ expect w1 value: tgtD
@ expect w1 bytes: 45 f2 78 60
t1:     movt r0, #:upper16:tgtD
@ expect w1 pair t1: tgtD
@ fnT = 0x22040, Thumb: X = 0x22041, imm16 0x2041.
w2:     movw r2, #:lower16:fnT
@ expect w2 value: fnT
@ expect w2 bytes: 42 f2 41 02
t2:     movt r2, #:upper16:fnT
@ expect w2 pair t2: fnT
@ expect t2 bytes: c0 f2 02 02
@ thumbLabel = 0x22044 is STT_NOTYPE: T = 0, imm16 0x2044.
w3:     movw r3, #:lower16:thumbLabel
@ expect w3 value: 0x22044
@ expect w3 bytes: 42 f2 44 03
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
        nop
thumbLabel:
        bx lr
