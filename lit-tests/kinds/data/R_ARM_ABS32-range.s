@ R_ARM_ABS32 has no overflow check (reference §2: "none"): X is computed
@ mod 2^32, so the all-ones value, a sum that wraps past 2^32 and a
@ negative result all link and are written exactly.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.words=0x30000 --defsym=hiabs=0xFFFFFFFF --defsym=zero=0 --defsym=mid=0x80000000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
r1:     .word hiabs
@ expect r1 value: 0xFFFFFFFF
@ expect r1 bytes: ff ff ff ff
@ 0xFFFFFFFF + 0x11 wraps to 0x10.
r2:     .word hiabs + 0x11
@ expect r2 value: 0x10
@ expect r2 bytes: 10 00 00 00
@ 0 - 1 = 0xFFFFFFFF.
r3:     .word zero - 1
@ expect r3 value: 0xFFFFFFFF
@ expect r3 bytes: ff ff ff ff
r4:     .word mid - 1
@ expect r4 value: 0x7FFFFFFF
@ expect r4 bytes: ff ff ff 7f
r5:     .word mid
@ expect r5 value: 0x80000000
@ expect r5 bytes: 00 00 00 80
