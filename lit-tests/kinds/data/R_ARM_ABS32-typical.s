@ R_ARM_ABS32: a data word X = (S + A) | T (AAELF32 "Static Data
@ relocations"; reference §2). T = 1 only for an STT_FUNC symbol in Thumb
@ code; an ARM function and an untyped Thumb label (STT_NOTYPE) give T = 0
@ (reference §4). Addresses: tgtD 0x40008, fnT 0x22040 (Thumb), thumbLabel
@ 0x22044 (untyped), fnA 0x24000 (ARM).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008 --section-start=.fn=0x22040 --section-start=.armfn=0x24000 --section-start=.words=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
d1:     .word tgtD
@ expect d1 value: 0x40008
@ expect d1 bytes: 08 00 04 00
d2:     .word tgtD + 8
@ expect d2 value: 0x40010
@ expect d2 bytes: 10 00 04 00
d3:     .word fnT
@ expect d3 value: 0x22041
@ expect d3 bytes: 41 20 02 00
d4:     .word thumbLabel
@ expect d4 value: 0x22044
@ expect d4 bytes: 44 20 02 00
d5:     .word fnA
@ expect d5 value: 0x24000
@ expect d5 bytes: 00 40 02 00

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
        nop
        .globl thumbLabel
thumbLabel:
        bx lr

        .section .armfn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
