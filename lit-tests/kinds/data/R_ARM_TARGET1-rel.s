@ R_ARM_TARGET1 with --target1-rel acts as REL32: X = ((S + A) | T) - P
@ (AAELF32 "Static miscellaneous relocations"; reference §5: lld and GNU ld
@ both have --target1-rel). Same layout as R_ARM_TARGET1-typical.s: fnT
@ 0x22040 (Thumb), fnA 0x24000 (ARM), tgtD 0x40008, array at 0x30000.
@ relocheck: --arch=armv7-a --target1-rel -Ttext=0x20000 --section-start=.fn=0x22040 --section-start=.armfn=0x24000 --section-start=.dat=0x40008 --section-start=.init_array=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .init_array, "aw", %init_array
@ 0x22041 - 0x30000 = 0xFFFF2041.
i1:     .word fnT(target1)
@ expect i1 value: 0xFFFF2041
@ expect i1 bytes: 41 20 ff ff
@ 0x24000 - 0x30004 = 0xFFFF3FFC.
i2:     .word fnA(target1)
@ expect i2 value: 0xFFFF3FFC
@ expect i2 bytes: fc 3f ff ff
@ REL addend -16 read back: 0x40008 - 16 - 0x30008 = 0xFFF0.
i3:     .word -16
        .reloc i3, R_ARM_TARGET1, tgtD
@ expect i3 value: 0xFFF0
@ expect i3 bytes: f0 ff 00 00
@ Odd addend to the Thumb function: ((0x22040 + 1) | 1) - 0x3000C
@ = 0xFFFF2035.
i4:     .word 1
        .reloc i4, R_ARM_TARGET1, fnT
@ expect i4 value: 0xFFFF2035
@ expect i4 bytes: 35 20 ff ff

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .armfn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0
