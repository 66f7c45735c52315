@ R_ARM_THM_JUMP24: Thumb B.W (T4); X = ((S + A) | T) - P, written as
@ v = X & ~1 in S:J1:J2:imm10:imm11 with hw2 = 10 J1 1 J2 imm11 (reference
@ §3.3). B.W never changes state: targets here are Thumb.
@   B.W at 0x20004 to Thumb fn 0x520004 -> ff f0 fe b7 (reference §3.3, lld,
@   GNU ld and the model agree)
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x520004 --section-start=.low=0x10000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: nop.w
j1:     b.w fnFar
@ expect j1 branch: fnFar thumb
@ expect j1 bytes: ff f0 fe b7
@ Backwards: P = 0x20008, S = 0x10000, v = 0x10000 - 4 - 0x20008 = -0x1000C:
@ S=1 J1=J2=1 imm10 0x3EF imm11 0x7FA -> hw1 0xF7EF hw2 0xBFFA.
j2:     b.w fnLow
@ expect j2 branch: fnLow thumb
@ expect j2 bytes: ef f7 fa bf
@ An untyped Thumb label (STT_NOTYPE, T = 0): X = S + A - P, still B.W.
@ P = 0x2000C, S = 0x10004: v = 0x10004 - 4 - 0x2000C = -0x1000C.
j3:     b.w lowLabel
@ expect j3 branch: lowLabel thumb
@ expect j3 bytes: ef f7 fa bf
        bx lr

        .section .far, "ax", %progbits
        .thumb
        .globl fnFar
        .type fnFar, %function
fnFar:  bx lr

        .section .low, "ax", %progbits
        .thumb
        .globl fnLow
        .type fnLow, %function
fnLow:  bx lr
        nop
        .globl lowLabel
lowLabel:
        bx lr
