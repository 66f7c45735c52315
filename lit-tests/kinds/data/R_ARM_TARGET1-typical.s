@ R_ARM_TARGET1: an init/fini array word whose meaning the platform picks
@ (AAELF32 "Static miscellaneous relocations"). relocheck, like lld and GNU
@ ld by default (reference §5), treats it as ABS32: X = (S + A) | T.
@ fnT 0x22040 (Thumb function), fnA 0x24000 (ARM function), array at 0x30000.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22040 --section-start=.armfn=0x24000 --section-start=.init_array=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .init_array, "aw", %init_array
i1:     .word fnT(target1)
@ expect i1 value: 0x22041
@ expect i1 bytes: 41 20 02 00
i2:     .word fnA(target1)
@ expect i2 value: 0x24000
@ expect i2 bytes: 00 40 02 00

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
