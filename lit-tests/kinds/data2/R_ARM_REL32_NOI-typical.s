@ R_ARM_REL32_NOI: a data word X = S + A - P, like REL32 but T is never
@ ORed in (AAELF32 "Static Data relocations"; fact sheet 2, row 56): the
@ offset to a Thumb function is taken from its even address. No assembler
@ syntax, so each word is a planted field 0 with .reloc. Control: REL32 to
@ the same Thumb function gives an offset one larger. Addresses: tgtD
@ 0x40008, fnT 0x22040 (Thumb, st_value 0x22041), fnA 0x24000 (ARM),
@ words from 0x30000.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008
@ relocheck: --section-start=.fn=0x22040 --section-start=.armfn=0x24000
@ relocheck: --section-start=.words=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
@ X = 0x22040 - 0x30000 = -0xdfc0 (no T).
n1:     .word 0
        .reloc n1, R_ARM_REL32_NOI, fnT
@ expect n1 value: fnT - 1 - .
@ expect n1 bytes: 40 20 ff ff
@ X = 0x40008 - 0x30004 = 0x10004.
n2:     .word 0
        .reloc n2, R_ARM_REL32_NOI, tgtD
@ expect n2 value: tgtD - .
@ expect n2 bytes: 04 00 01 00
@ X = 0x24000 - 0x30008 = -0xc008.
n3:     .word 0
        .reloc n3, R_ARM_REL32_NOI, fnA
@ expect n3 value: fnA - .
@ expect n3 bytes: f8 3f ff ff
@ Control, REL32: X = 0x22041 - 0x3000c = -0xdfcb.
c1:     .word fnT - .
@ expect c1 value: fnT - .
@ expect c1 bytes: 35 20 ff ff

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

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
