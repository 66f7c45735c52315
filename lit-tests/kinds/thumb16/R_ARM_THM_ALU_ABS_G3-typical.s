@ R_ARM_THM_ALU_ABS_G3: MOVS (T1) / ADDS (T2) imm8 = X >> 24 with
@ X = S + A, no T (AAELF32 Thumb16 relocations; reference §3.13 example,
@ lld, GNU ld and the model agree: the head of the 0x12345678 sequence,
@ `movs r0, #:upper8_15:absv`, is `12 20`).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=absv=0x12345678 --defsym=dev=0xa0012340 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ MOVS r0: X = 0x12345678, lane 3 = 0x12.
g3:     movs r0, #:upper8_15:absv
@ expect g3 bytes: 12 20
@ MOVS r1 to a Thumb function at 0x22040: lane 3 = 0x00.
f3:     movs r1, #:upper8_15:fnT
@ expect f3 bytes: 00 21
@ ADDS r2: X = 0xA0012340, lane 3 = 0xA0.
d3:     adds r2, #:upper8_15:dev
@ expect d3 bytes: a0 32
        bx lr

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
