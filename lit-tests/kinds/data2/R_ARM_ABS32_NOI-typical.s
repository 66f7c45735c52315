@ R_ARM_ABS32_NOI: a data word X = S + A, like ABS32 but T is never ORed
@ in (AAELF32 "Static Data relocations"; fact sheet 2, row 55): a Thumb
@ function's address stays even. No assembler syntax, so each word is a
@ planted field 0 with .reloc. Control: ABS32 to the same Thumb function
@ gives the odd address. Addresses: tgtD 0x40008, fnT 0x22040 (Thumb),
@ fnA 0x24000 (ARM).
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
@ Thumb function, st_value 0x22041: X = 0x22040 (no T).
n1:     .word 0
        .reloc n1, R_ARM_ABS32_NOI, fnT
@ expect n1 value: 0x22040
@ expect n1 bytes: 40 20 02 00
@ Data: X = 0x40008.
n2:     .word 0
        .reloc n2, R_ARM_ABS32_NOI, tgtD
@ expect n2 value: tgtD
@ expect n2 bytes: 08 00 04 00
@ ARM function: X = 0x24000.
n3:     .word 0
        .reloc n3, R_ARM_ABS32_NOI, fnA
@ expect n3 value: fnA
@ expect n3 bytes: 00 40 02 00
@ Control, ABS32: X = 0x22040 | 1 = 0x22041.
c1:     .word fnT
@ expect c1 value: 0x22041
@ expect c1 bytes: 41 20 02 00

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
