@ R_ARM_REL32_NOI has no overflow check (fact sheet 2, row 56: "none"): X
@ is computed mod 2^32. Displacements that wrap and both ends of the
@ signed 32-bit range link and are written exactly. Fields are planted with
@ .reloc; words at 0x30000.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.words=0x30000
@ relocheck: --defsym=hiabs=0xffffffff --defsym=zero=0
@ relocheck: --defsym=big=0x80030008 --defsym=big2=0x8003000b
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
@ X = 0xffffffff - 0x30000 = 0xfffcffff.
r1:     .word 0
        .reloc r1, R_ARM_REL32_NOI, hiabs
@ expect r1 value: 0xfffcffff
@ expect r1 bytes: ff ff fc ff
@ X = 0 - 0x30004 = 0xfffcfffc.
r2:     .word 0
        .reloc r2, R_ARM_REL32_NOI, zero
@ expect r2 value: 0xfffcfffc
@ expect r2 bytes: fc ff fc ff
@ X = 0x80030008 - 0x30008 = 0x80000000 (-2^31).
r3:     .word 0
        .reloc r3, R_ARM_REL32_NOI, big
@ expect r3 value: 0x80000000
@ expect r3 bytes: 00 00 00 80
@ X = 0x8003000b - 0x3000c = 0x7fffffff (2^31 - 1).
r4:     .word 0
        .reloc r4, R_ARM_REL32_NOI, big2
@ expect r4 value: 0x7fffffff
@ expect r4 bytes: ff ff ff 7f
@ Field 0x30014: X = 0 + 0x30014 - 0x30010 = 4.
r5:     .word 0x30014
        .reloc r5, R_ARM_REL32_NOI, zero
@ expect r5 value: 4
@ expect r5 bytes: 04 00 00 00
