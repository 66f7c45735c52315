@ R_ARM_TARGET1 REL addend (default ABS32 meaning): the whole word, signed,
@ with T ORed after the addend, X = (S + A) | T (reference §1, §5).
@ tgtD 0x40008, fnT 0x22040 (Thumb function), array at 0x30000.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22040 --section-start=.dat=0x40008 --section-start=.init_array=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .init_array, "aw", %init_array
@ Field -16: 0x40008 - 16 = 0x3FFF8.
a1:     .word -16
        .reloc a1, R_ARM_TARGET1, tgtD
@ expect a1 value: 0x3FFF8
@ expect a1 bytes: f8 ff 03 00
@ Field 1 to fnT: (0x22040 + 1) | 1 = 0x22041, not 0x22042.
a2:     .word 1
        .reloc a2, R_ARM_TARGET1, fnT
@ expect a2 value: 0x22041
@ expect a2 bytes: 41 20 02 00
@ Field -1 to fnT: (0x22040 - 1) | 1 = 0x2203F.
a3:     .word -1
        .reloc a3, R_ARM_TARGET1, fnT
@ expect a3 value: 0x2203F
@ expect a3 bytes: 3f 20 02 00

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0
