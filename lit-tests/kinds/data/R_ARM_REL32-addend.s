@ R_ARM_REL32 REL addend: the whole word, signed (reference §1); T is ORed
@ after the addend: X = ((S + A) | T) - P. With Thumb fnT at the even
@ address S = 0x22040, an odd A must not add a second 1 (lld 22 computes
@ (S | T) + A - P: wrong per AAELF32). Words at 0x30000.
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
@ Field -16 with .reloc: 0x40008 - 16 - 0x30000 = 0xFFF8.
a1:     .word -16
        .reloc a1, R_ARM_REL32, tgtD
@ expect a1 value: 0xFFF8
@ expect a1 bytes: f8 ff 00 00
@ A = 1: ((0x22040 + 1) | 1) - 0x30004 = 0xFFFF203D.
a2:     .word fnT + 1 - .
@ expect a2 value: 0xFFFF203D
@ expect a2 bytes: 3d 20 ff ff
@ A = 3: 0x22043 - 0x30008 = 0xFFFF203B (not 0xFFFF203C).
a3:     .word fnT + 3 - .
@ expect a3 value: 0xFFFF203B
@ expect a3 bytes: 3b 20 ff ff
@ A = -1: 0x2203F - 0x3000C = 0xFFFF2033 (not 0xFFFF2034).
a4:     .word fnT - 1 - .
@ expect a4 value: 0xFFFF2033
@ expect a4 bytes: 33 20 ff ff

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
