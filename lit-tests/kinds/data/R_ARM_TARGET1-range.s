@ R_ARM_TARGET1 (as ABS32, the default) has no overflow check: X is computed
@ mod 2^32 and written whole (reference §2). Addends are planted with .reloc.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.init_array=0x30000 --defsym=hiabs=0xFFFFFFFF --defsym=zero=0
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .init_array, "aw", %init_array
r1:     .word 0
        .reloc r1, R_ARM_TARGET1, hiabs
@ expect r1 value: 0xFFFFFFFF
@ expect r1 bytes: ff ff ff ff
@ 0xFFFFFFFF + 0x11 wraps to 0x10.
r2:     .word 0x11
        .reloc r2, R_ARM_TARGET1, hiabs
@ expect r2 value: 0x10
@ expect r2 bytes: 10 00 00 00
@ 0 - 1 = 0xFFFFFFFF.
r3:     .word -1
        .reloc r3, R_ARM_TARGET1, zero
@ expect r3 value: 0xFFFFFFFF
@ expect r3 bytes: ff ff ff ff
