@ R_ARM_THM_ALU_ABS_G2_NC: MOVS (T1) / ADDS (T2) imm8 = (X >> 16) & 0xFF
@ with X = S + A, no T (AAELF32 Thumb16 relocations; reference §3.13
@ example, lld, GNU ld and the model agree: the second step of the
@ 0x12345678 sequence is `34 30`).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=absv=0x12345678 --defsym=dev=0xa0012340 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ ADDS r0: X = 0x12345678, lane 2 = 0x34.
g2:     adds r0, #:upper0_7:absv
@ expect g2 bytes: 34 30
@ MOVS r1 to a Thumb function at 0x22040: lane 2 = 0x02.
f2:     movs r1, #:upper0_7:fnT
@ expect f2 bytes: 02 21
@ MOVS r2: X = 0xA0012340, lane 2 = 0x01.
d2:     movs r2, #:upper0_7:dev
@ expect d2 bytes: 01 22
        bx lr

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
