@ R_ARM_PREL31 (EH tables): X = ((S + A) | T) - P, written to bits [30:0] of
@ the word; bit 31 of the place is kept (AAELF32 "Static Data relocations";
@ reference §3.16). Fields are planted with .reloc: words with bit 31 clear
@ and set. Words at 0x30000; tgtD 0x40008; fnT 0x22040 (Thumb function).
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
@ 0x40008 - 0x30000 = 0x10008; bit 31 stays 0.
p1:     .word 0
        .reloc p1, R_ARM_PREL31, tgtD
@ expect p1 value: tgtD - .
@ expect p1 bytes: 08 00 01 00
@ 0x40008 - 0x30004 = 0x10004; bit 31 stays 1: 0x80010004.
p2:     .word 0x80000000
        .reloc p2, R_ARM_PREL31, tgtD
@ expect p2 value: tgtD - .
@ expect p2 bytes: 04 00 01 80
@ Backwards to a Thumb function: (0x22040 | 1) - 0x30008 = -0xDFC7;
@ X[30:0] = 0x7FFF2039, bit 31 stays 0.
p3:     .word 0
        .reloc p3, R_ARM_PREL31, fnT
@ expect p3 value: fnT - .
@ expect p3 bytes: 39 20 ff 7f
@ The same with bit 31 set: 0xFFFF2035.
p4:     .word 0x80000000
        .reloc p4, R_ARM_PREL31, fnT
@ expect p4 value: fnT - .
@ expect p4 bytes: 35 20 ff ff

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
