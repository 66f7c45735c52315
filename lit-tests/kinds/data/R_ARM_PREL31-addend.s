@ R_ARM_PREL31 REL addend: bits [30:0] of the word sign-extended from bit 30;
@ bit 31 is not part of it and is kept (reference §1, §3.16). Words at
@ 0x30000, tgtD 0x40008.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008 --section-start=.words=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
@ 0x7FFFFFF0: A = -16, bit 31 clear. X = 0x40008 - 16 - 0x30000 = 0xFFF8.
a1:     .word 0x7FFFFFF0
        .reloc a1, R_ARM_PREL31, tgtD
@ expect a1 value: tgtD - 16 - .
@ expect a1 bytes: f8 ff 00 00
@ 0xFFFFFFF0: A = -16 again (bit 31 is not addend), bit 31 kept.
@ X = 0x40008 - 16 - 0x30004 = 0xFFF4 -> 0x8000FFF4.
a2:     .word 0xFFFFFFF0
        .reloc a2, R_ARM_PREL31, tgtD
@ expect a2 value: tgtD - 16 - .
@ expect a2 bytes: f4 ff 00 80
@ 0x00000010: A = +16. X = 0x40018 - 0x30008 = 0x10010.
a3:     .word 0x10
        .reloc a3, R_ARM_PREL31, tgtD
@ expect a3 value: tgtD + 16 - .
@ expect a3 bytes: 10 00 01 00
@ 0x40000000: bit 30 set, so A = -0x40000000 (read unsigned it would be
@ +0x40000000 and the site would overflow). X = 0x40008 - 0x40000000
@ - 0x3000C = -0x3FFF0004, X[30:0] = 0x4000FFFC.
a4:     .word 0x40000000
        .reloc a4, R_ARM_PREL31, tgtD
@ expect a4 value: tgtD - 0x40000000 - .
@ expect a4 bytes: fc ff 00 40

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0
