@ R_ARM_THM_MOVW_ABS_NC is "no check" (AAELF32 "_NC"; reference §1): MOVW
@ writes X[15:0] whatever X is, and the link must not fail. Values wider than
@ 16 bits, the all-ones value and a sum that wraps past 2^32 all link, exact
@ mod 2^16. Targets are absolute symbols from --defsym.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=hiabs=0xFFFFFFFF --defsym=wide=0x12345678 --defsym=zero=0
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x12345678 does not fit 16 bits: MOVW gets 0x5678, no error.
r1:     movw r0, #:lower16:wide
@ expect r1 value: 0x5678
@ expect r1 bytes: 45 f2 78 60
@ X = 0xFFFFFFFF: imm16 0xFFFF.
r2:     movw r1, #:lower16:hiabs
@ expect r2 value: 0xFFFF
@ expect r2 bytes: 4f f6 ff 71
@ X = 0xFFFFFFFF + 0x11 wraps to 0x10 (A = 0x11 in the field).
r3:     movw r2, #:lower16:(hiabs + 0x11)
@ expect r3 value: 0x10
@ expect r3 bytes: 40 f2 10 02
@ X = 0 - 1 = 0xFFFFFFFF (A = -1, field 0xFFFF).
r4:     movw r3, #:lower16:(zero - 1)
@ expect r4 value: 0xFFFF
@ expect r4 bytes: 4f f6 ff 73
        bx lr
