@ R_ARM_MOVW_ABS_NC against a Thumb function: X = (S + A) | T (reference §4),
@ so the low half carries the Thumb bit, and an odd addend does not carry
@ into bit 1 (OR, not ADD). fT is at 0x2fffe, so an addend of 2 crosses
@ into the next 64 KiB: MOVW keeps only the low half (0x0001).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tfn=0x2fffe
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
w1:     movw r0, #:lower16:fT
t1:     movt r0, #:upper16:fT
@ expect w1 pair t1: fT
@ expect w1 bytes: ff 0f 0f e3
w2:     movw r1, #:lower16:(fT + 2)
@ X = (0x2fffe + 2) | 1 = 0x30001: imm16 0x0001
@ expect w2 value: 0x30001
@ expect w2 bytes: 01 10 00 e3
w3:     movw r2, #:lower16:(fT + 1)
@ X = (0x2fffe + 1) | 1 = 0x2ffff (OR: an ADD would give 0x30000)
@ expect w3 value: 0x2ffff
@ expect w3 bytes: ff 2f 0f e3
        bx lr

        .section .tfn, "ax", %progbits
        .thumb
        .globl fT
        .type fT, %function
fT:     bx lr
