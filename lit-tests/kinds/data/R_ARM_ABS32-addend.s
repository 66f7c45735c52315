@ R_ARM_ABS32 REL addend: the whole 32-bit word, signed (reference §1), and T
@ is ORed after the addend is added: X = (S + A) | T. With fnT at the even
@ address S = 0x22040, `.word fnT + 1` must give S | 1 = 0x22041, not S + 2
@ (lld 22 computes (S | T) + A and writes 0x22042: wrong per AAELF32).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008 --section-start=.fn=0x22040 --section-start=.words=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
@ Field -16 (0xFFFFFFF0), planted with .reloc: X = 0x40008 - 16 = 0x3FFF8.
a1:     .word -16
        .reloc a1, R_ARM_ABS32, tgtD
@ expect a1 value: 0x3FFF8
@ expect a1 bytes: f8 ff 03 00
@ A = 1: (0x22040 + 1) | 1 = 0x22041.
a2:     .word fnT + 1
@ expect a2 value: 0x22041
@ expect a2 bytes: 41 20 02 00
@ A = 3: (0x22040 + 3) | 1 = 0x22043 (not 0x22044).
a3:     .word fnT + 3
@ expect a3 value: 0x22043
@ expect a3 bytes: 43 20 02 00
@ A = -1: (0x22040 - 1) | 1 = 0x2203F (not 0x22040).
a4:     .word fnT - 1
@ expect a4 value: 0x2203F
@ expect a4 bytes: 3f 20 02 00
@ A = 4: (0x22040 + 4) | 1 = 0x22045.
a5:     .word fnT + 4
@ expect a5 value: 0x22045
@ expect a5 bytes: 45 20 02 00

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
        nop
        nop
        bx lr
