@ R_ARM_ABS16 REL addend: the halfword sign-extended from bit 15 (fact
@ sheet 1 and 3.15). Reference example (3.15, model): field 0xfff0
@ (A = -16), S = 0x80 -> 70 00. An unsigned reading would give X = 0x10070
@ and a false overflow (GNU ld 2.40 does this), so every negative field
@ below would fail if read unsigned. Addresses: s80 0x80, s8080 0x8080.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.halves=0x30000
@ relocheck: --section-start=.sm=0x80 --section-start=.mid=0x8080
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_ABS16 's80' P=0x00030000 S=0x00000080 A=-16 T=0 X=0x00000070 : 70 00
@ DUMP-NEXT: a2 R_ARM_ABS16 's80' P=0x00030002 S=0x00000080 A=16 T=0 X=0x00000090 : 90 00
@ DUMP-NEXT: a3 R_ARM_ABS16 's80' P=0x00030004 S=0x00000080 A=-1 T=0 X=0x0000007f : 7f 00
@ DUMP-NEXT: a4 R_ARM_ABS16 's80' P=0x00030006 S=0x00000080 A=32767 T=0 X=0x0000807f : 7f 80
@ DUMP-NEXT: a5 R_ARM_ABS16 's8080' P=0x00030008 S=0x00008080 A=-32768 T=0 X=0x00000080 : 80 00
@ DUMP-NEXT: a6 R_ARM_ABS16 's80' P=0x0003000a S=0x00000080 A=-128 T=0 X=0x00000000 : 00 00

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .halves, "aw", %progbits
@ Field 0xfff0: A = -16, X = 0x80 - 16 = 0x70.
a1:     .short 0xfff0
        .reloc a1, R_ARM_ABS16, s80
@ expect a1 bytes: 70 00
@ Field 0x0010: A = 16, X = 0x90.
a2:     .short 0x0010
        .reloc a2, R_ARM_ABS16, s80
@ expect a2 bytes: 90 00
@ Field 0xffff: A = -1, X = 0x7f.
a3:     .short 0xffff
        .reloc a3, R_ARM_ABS16, s80
@ expect a3 bytes: 7f 00
@ Field 0x7fff: A = 32767 (largest positive), X = 0x807f.
a4:     .short 0x7fff
        .reloc a4, R_ARM_ABS16, s80
@ expect a4 bytes: 7f 80
@ Field 0x8000: A = -32768 (most negative), X = 0x8080 - 0x8000 = 0x80.
a5:     .short 0x8000
        .reloc a5, R_ARM_ABS16, s8080
@ expect a5 bytes: 80 00
@ Field 0xff80: A = -128, X = 0.
a6:     .short 0xff80
        .reloc a6, R_ARM_ABS16, s80
@ expect a6 bytes: 00 00

        .section .sm, "a", %progbits
        .globl s80
s80:    .byte 0

        .section .mid, "a", %progbits
        .globl s8080
s8080:  .byte 0
