@ R_ARM_THM_MOVW_PREL_NC is "no check" (reference §1): MOVW writes X[15:0]
@ of X = ((S + A) | T) - P for any X, including displacements that do not fit
@ 16 bits, that are negative, or that reach -2^31. Every site must link.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=hiabs=0xFFFFFFFF --defsym=big=0x80020004 --defsym=zero=0 --defsym=wide=0x12345678
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ P = 0x20000: X = 0xFFFFFFFF - 0x20000 = 0xFFFDFFFF, MOVW 0xFFFF.
r1:     movw r0, #:lower16:(hiabs - .)
@ expect r1 value: hiabs - .
@ expect r1 bytes: 4f f6 ff 70
@ P = 0x20004: X = 0x80020004 - 0x20004 = 0x80000000 (-2^31), MOVW 0.
r2:     movw r1, #:lower16:(big - .)
@ expect r2 value: 0
@ expect r2 bytes: 40 f2 00 01
@ P = 0x20008: X = 0 - 0x20008 = 0xFFFDFFF8, MOVW 0xFFF8.
r3:     movw r2, #:lower16:(zero - .)
@ expect r3 value: zero - .
@ expect r3 bytes: 4f f6 f8 72
@ P = 0x2000C: X = 0x12345678 - 0x2000C = 0x1232566C, MOVW 0x566C.
r4:     movw r3, #:lower16:(wide - .)
@ expect r4 value: wide - .
@ expect r4 bytes: 45 f2 6c 63
        bx lr
