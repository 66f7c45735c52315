@ R_ARM_ABS32_NOI has no overflow check (fact sheet 2, row 55: "none"): X
@ is computed mod 2^32, so the all-ones value, a sum that wraps past 2^32,
@ a negative result and both ends of the signed 32-bit range all link and
@ are written exactly. Fields are planted with .reloc.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.words=0x30000
@ relocheck: --defsym=hiabs=0xffffffff --defsym=zero=0 --defsym=mid=0x80000000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
@ X = 0xffffffff.
r1:     .word 0
        .reloc r1, R_ARM_ABS32_NOI, hiabs
@ expect r1 value: 0xffffffff
@ expect r1 bytes: ff ff ff ff
@ Field 0x11: 0xffffffff + 0x11 wraps to 0x10.
r2:     .word 0x11
        .reloc r2, R_ARM_ABS32_NOI, hiabs
@ expect r2 value: 0x10
@ expect r2 bytes: 10 00 00 00
@ Field -1: 0 - 1 = 0xffffffff.
r3:     .word -1
        .reloc r3, R_ARM_ABS32_NOI, zero
@ expect r3 value: 0xffffffff
@ expect r3 bytes: ff ff ff ff
@ Field -1: 0x80000000 - 1 = 0x7fffffff (signed max).
r4:     .word -1
        .reloc r4, R_ARM_ABS32_NOI, mid
@ expect r4 value: 0x7fffffff
@ expect r4 bytes: ff ff ff 7f
@ X = 0x80000000 (signed min).
r5:     .word 0
        .reloc r5, R_ARM_ABS32_NOI, mid
@ expect r5 value: 0x80000000
@ expect r5 bytes: 00 00 00 80
@ X = 0.
r6:     .word 0
        .reloc r6, R_ARM_ABS32_NOI, zero
@ expect r6 value: 0
@ expect r6 bytes: 00 00 00 00
