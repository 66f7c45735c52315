@ R_ARM_THM_MOVT_ABS has no overflow check although it lacks the _NC suffix:
@ it takes the top 16 bits of X, which cannot overflow (reference §1). Extreme
@ values and a sum that wraps past 2^32 must link, exact mod 2^32.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=hiabs=0xFFFFFFFF --defsym=mid=0x80000000 --defsym=zero=0
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0xFFFFFFFF: MOVT 0xFFFF.
t1:     movt r2, #:upper16:hiabs
@ expect t1 value: hiabs
@ expect t1 bytes: cf f6 ff 72
@ X = 0xFFFFFFFF + 0x11 wraps to 0x10: MOVT 0x0000 (A = 0x11 in the field).
t2:     movt r3, #:upper16:(hiabs + 0x11)
@ expect t2 value: 0x10
@ expect t2 bytes: c0 f2 00 03
@ X = 0x80000000: MOVT 0x8000 (imm4 8).
t3:     movt r4, #:upper16:mid
@ expect t3 value: 0x80000000
@ expect t3 bytes: c8 f2 00 04
@ X = 0 - 1 = 0xFFFFFFFF (A = -1, field 0xFFFF): MOVT 0xFFFF.
t4:     movt r5, #:upper16:(zero - 1)
@ expect t4 value: 0xFFFFFFFF
@ expect t4 bytes: cf f6 ff 75
        bx lr
