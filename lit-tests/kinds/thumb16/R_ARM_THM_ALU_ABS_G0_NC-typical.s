@ R_ARM_THM_ALU_ABS_G0_NC: MOVS (T1) / ADDS (T2) imm8 = X & 0xFF with
@ X = (S + A) | T, the only lane that carries T (AAELF32 Thumb16
@ relocations; reference §3.13 example, lld, GNU ld and the model agree:
@ the last step of the 0x12345678 sequence is `78 30`; `movs r1,
@ #:lower0_7:fnT` with a Thumb function at 0x22040 gives `41 21`).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=absv=0x12345678 --defsym=dev=0xa0012340 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ ADDS r0: X = 0x12345678, lane 0 = 0x78.
g0:     adds r0, #:lower0_7:absv
@ expect g0 bytes: 78 30
@ MOVS r1 to a Thumb function: X = 0x22040 | 1 = 0x22041, lane 0 = 0x41.
f0:     movs r1, #:lower0_7:fnT
@ expect f0 bytes: 41 21
@ MOVS r2 to an absolute address (T = 0): X = 0xA0012340, lane 0 = 0x40.
d0:     movs r2, #:lower0_7:dev
@ expect d0 bytes: 40 22
        bx lr

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
