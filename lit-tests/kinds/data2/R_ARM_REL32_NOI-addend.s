@ R_ARM_REL32_NOI REL addend: the whole 32-bit word, signed (fact sheet 1).
@ X = S + A - P with no T (fact sheet 2, row 56): against a Thumb function
@ at the even address S = 0x22040 (st_value 0x22041) only the addend makes
@ X odd. Words from 0x30000.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008
@ relocheck: --section-start=.fn=0x22040 --section-start=.words=0x30000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_REL32_NOI 'tgtD' P=0x00030000 S=0x00040008 A=-16 T=0 X=0x0000fff8 : f8 ff 00 00
@ DUMP-NEXT: a2 R_ARM_REL32_NOI 'fnT' P=0x00030004 S=0x00022040 A=1 T=1 X=0xffff203d : 3d 20 ff ff
@ DUMP-NEXT: a3 R_ARM_REL32_NOI 'fnT' P=0x00030008 S=0x00022040 A=4 T=1 X=0xffff203c : 3c 20 ff ff
@ DUMP-NEXT: a4 R_ARM_REL32_NOI 'fnT' P=0x0003000c S=0x00022040 A=-1 T=1 X=0xffff2033 : 33 20 ff ff
@ DUMP-NEXT: a5 R_ARM_REL32_NOI 'fnT' P=0x00030010 S=0x00022040 A=65536 T=1 X=0x00002030 : 30 20 00 00
@ DUMP-NEXT: a6 R_ARM_REL32_NOI 'tgtD' P=0x00030014 S=0x00040008 A=-2147483648 T=0 X=0x8000fff4 : f4 ff 00 80

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
@ Field -16: X = 0x40008 - 16 - 0x30000 = 0xfff8.
a1:     .word -16
        .reloc a1, R_ARM_REL32_NOI, tgtD
@ expect a1 value: tgtD - 16 - .
@ expect a1 bytes: f8 ff 00 00
@ Field 1: X = 0x22041 - 0x30004 = -0xdfc3 (odd from A, not from T).
a2:     .word 1
        .reloc a2, R_ARM_REL32_NOI, fnT
@ expect a2 value: fnT - .
@ expect a2 bytes: 3d 20 ff ff
@ Field 4: X = 0x22044 - 0x30008 = -0xdfc4 (REL32 would give -0xdfc3).
a3:     .word 4
        .reloc a3, R_ARM_REL32_NOI, fnT
@ expect a3 value: fnT + 3 - .
@ expect a3 bytes: 3c 20 ff ff
@ Field -1: X = 0x2203f - 0x3000c = -0xdfcd.
a4:     .word -1
        .reloc a4, R_ARM_REL32_NOI, fnT
@ expect a4 value: fnT - 2 - .
@ expect a4 bytes: 33 20 ff ff
@ Field 0x10000: X = 0x32040 - 0x30010 = 0x2030.
a5:     .word 0x10000
        .reloc a5, R_ARM_REL32_NOI, fnT
@ expect a5 value: 0x2030
@ expect a5 bytes: 30 20 00 00
@ Field 0x80000000: A = -2^31, X = 0x40008 - 0x80000000 - 0x30014
@ = 0x8000fff4.
a6:     .word 0x80000000
        .reloc a6, R_ARM_REL32_NOI, tgtD
@ expect a6 value: 0x8000fff4
@ expect a6 bytes: f4 ff 00 80

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
