@ R_ARM_ABS32_NOI REL addend: the whole 32-bit word, signed (fact sheet 1).
@ X = S + A with no T (fact sheet 2, row 55): against a Thumb function at
@ the even address S = 0x22040 (st_value 0x22041) an odd addend gives an
@ odd X and an even addend an even X; nothing is ORed in.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008
@ relocheck: --section-start=.fn=0x22040 --section-start=.words=0x30000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_ABS32_NOI 'tgtD' P=0x00030000 S=0x00040008 A=-16 T=0 X=0x0003fff8 : f8 ff 03 00
@ DUMP-NEXT: a2 R_ARM_ABS32_NOI 'fnT' P=0x00030004 S=0x00022040 A=1 T=1 X=0x00022041 : 41 20 02 00
@ DUMP-NEXT: a3 R_ARM_ABS32_NOI 'fnT' P=0x00030008 S=0x00022040 A=4 T=1 X=0x00022044 : 44 20 02 00
@ DUMP-NEXT: a4 R_ARM_ABS32_NOI 'fnT' P=0x0003000c S=0x00022040 A=-1 T=1 X=0x0002203f : 3f 20 02 00
@ DUMP-NEXT: a5 R_ARM_ABS32_NOI 'fnT' P=0x00030010 S=0x00022040 A=-64 T=1 X=0x00022000 : 00 20 02 00
@ DUMP-NEXT: a6 R_ARM_ABS32_NOI 'tgtD' P=0x00030014 S=0x00040008 A=-2147483648 T=0 X=0x80040008 : 08 00 04 80

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
@ Field -16: X = 0x40008 - 16 = 0x3fff8.
a1:     .word -16
        .reloc a1, R_ARM_ABS32_NOI, tgtD
@ expect a1 value: tgtD - 16
@ expect a1 bytes: f8 ff 03 00
@ Field 1: X = 0x22040 + 1 = 0x22041 (odd from A, not from T).
a2:     .word 1
        .reloc a2, R_ARM_ABS32_NOI, fnT
@ expect a2 value: 0x22041
@ expect a2 bytes: 41 20 02 00
@ Field 4: X = 0x22044 (ABS32 would give 0x22045).
a3:     .word 4
        .reloc a3, R_ARM_ABS32_NOI, fnT
@ expect a3 value: 0x22044
@ expect a3 bytes: 44 20 02 00
@ Field -1: X = 0x2203f.
a4:     .word -1
        .reloc a4, R_ARM_ABS32_NOI, fnT
@ expect a4 value: 0x2203f
@ expect a4 bytes: 3f 20 02 00
@ Field -64: X = 0x22000 (ABS32 would give 0x22001).
a5:     .word -64
        .reloc a5, R_ARM_ABS32_NOI, fnT
@ expect a5 value: 0x22000
@ expect a5 bytes: 00 20 02 00
@ Field 0x80000000: A = -2^31, X = 0x40008 - 0x80000000 = 0x80040008.
a6:     .word 0x80000000
        .reloc a6, R_ARM_ABS32_NOI, tgtD
@ expect a6 value: 0x80040008
@ expect a6 bytes: 08 00 04 80

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
