@ R_ARM_REL32: a data word X = ((S + A) | T) - P (AAELF32 "Static Data
@ relocations"; reference §2). T = 1 only for an STT_FUNC symbol in Thumb
@ code. Addresses: words at 0x30000, tgtD 0x40008, fnT 0x22040 (Thumb
@ function), thumbLabel 0x22044 (untyped), fnA 0x24000 (ARM function).
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
@ 0x40008 - 0x30000 = 0x10008.
d1:     .word tgtD - .
@ expect d1 value: tgtD - .
@ expect d1 bytes: 08 00 01 00
@ (0x22040 | 1) - 0x30004 = 0xFFFF203D.
d2:     .word fnT - .
@ expect d2 value: 0xFFFF203D
@ expect d2 bytes: 3d 20 ff ff
@ Untyped: 0x22044 - 0x30008 = 0xFFFF203C.
d3:     .word thumbLabel - .
@ expect d3 value: 0xFFFF203C
@ expect d3 bytes: 3c 20 ff ff
@ ARM function: 0x24000 - 0x3000C = 0xFFFF3FF4.
d4:     .word fnA - .
@ expect d4 value: 0xFFFF3FF4
@ expect d4 bytes: f4 3f ff ff

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
