@ R_ARM_THM_ALU_ABS_G1_NC: MOVS (T1) / ADDS (T2) imm8 = (X >> 8) & 0xFF
@ with X = S + A, no T (AAELF32 Thumb16 relocations; reference §3.13
@ example, lld, GNU ld and the model agree: the third step of the
@ 0x12345678 sequence is `56 30`).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=absv=0x12345678 --defsym=dev=0xa0012340 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ ADDS r0: X = 0x12345678, lane 1 = 0x56.
g1:     adds r0, #:lower8_15:absv
@ expect g1 bytes: 56 30
@ MOVS r1 to a Thumb function at 0x22040: lane 1 = 0x20 (T plays no part).
f1:     movs r1, #:lower8_15:fnT
@ expect f1 bytes: 20 21
@ MOVS r2: X = 0xA0012340, lane 1 = 0x23.
d1:     movs r2, #:lower8_15:dev
@ expect d1 bytes: 23 22
        bx lr

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
