@ R_ARM_THM_MOVT_PREL has no overflow check although it lacks the _NC suffix
@ (reference §1): it writes X[31:16] of X = S + A - P for any X. The extremes
@ of the signed 32-bit range and a displacement that wraps must all link.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=hiabs=0xFFFFFFFF --defsym=big=0x80020004 --defsym=zero=0 --defsym=big2=0x8002000B
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ P = 0x20000: X = 0xFFFFFFFF - 0x20000 = 0xFFFDFFFF, MOVT 0xFFFD.
t1:     movt r0, #:upper16:(hiabs - .)
@ expect t1 value: hiabs - .
@ expect t1 bytes: cf f6 fd 70
@ P = 0x20004: X = 0x80000000 (-2^31), MOVT 0x8000.
t2:     movt r1, #:upper16:(big - .)
@ expect t2 value: 0x80000000
@ expect t2 bytes: c8 f2 00 01
@ P = 0x20008: X = 0 - 0x20008 = 0xFFFDFFF8, MOVT 0xFFFD.
t3:     movt r2, #:upper16:(zero - .)
@ expect t3 value: zero - .
@ expect t3 bytes: cf f6 fd 72
@ P = 0x2000C: X = 0x8002000B - 0x2000C = 0x7FFFFFFF (2^31 - 1), MOVT 0x7FFF.
t4:     movt r3, #:upper16:(big2 - .)
@ expect t4 value: 0x7FFFFFFF
@ expect t4 bytes: c7 f6 ff 73
        bx lr
