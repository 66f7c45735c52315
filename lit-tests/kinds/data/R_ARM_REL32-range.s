@ R_ARM_REL32 has no overflow check (reference §2: "none"): X is computed
@ mod 2^32. Displacements that wrap and both ends of the signed 32-bit range
@ link and are written exactly. Words at 0x30000.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.words=0x30000 --defsym=hiabs=0xFFFFFFFF --defsym=zero=0 --defsym=big=0x80030008 --defsym=big2=0x8003000B
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
@ 0xFFFFFFFF - 0x30000 = 0xFFFCFFFF.
r1:     .word hiabs - .
@ expect r1 value: 0xFFFCFFFF
@ expect r1 bytes: ff ff fc ff
@ 0 - 0x30004 = 0xFFFCFFFC.
r2:     .word zero - .
@ expect r2 value: 0xFFFCFFFC
@ expect r2 bytes: fc ff fc ff
@ 0x80030008 - 0x30008 = 0x80000000 (-2^31).
r3:     .word big - .
@ expect r3 value: 0x80000000
@ expect r3 bytes: 00 00 00 80
@ 0x8003000B - 0x3000C = 0x7FFFFFFF (2^31 - 1).
r4:     .word big2 - .
@ expect r4 value: 0x7FFFFFFF
@ expect r4 bytes: ff ff ff 7f
