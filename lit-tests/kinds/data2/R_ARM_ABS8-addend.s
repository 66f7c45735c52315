@ R_ARM_ABS8 REL addend: the byte sign-extended from bit 7 (fact sheet 1:
@ "byte 0xF0 as ABS8 gives A = -16", and 3.15). An unsigned reading would
@ push every negative field below past 255 (GNU ld 2.40 reports a false
@ overflow there). Addresses: s7c 0x7c, s80 0x80.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.bytes=0x30000
@ relocheck: --section-start=.sm=0x7c
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_ABS8 's80' P=0x00030000 S=0x00000080 A=-16 T=0 X=0x00000070 : 70
@ DUMP-NEXT: a2 R_ARM_ABS8 's7c' P=0x00030001 S=0x0000007c A=16 T=0 X=0x0000008c : 8c
@ DUMP-NEXT: a3 R_ARM_ABS8 's80' P=0x00030002 S=0x00000080 A=-1 T=0 X=0x0000007f : 7f
@ DUMP-NEXT: a4 R_ARM_ABS8 's80' P=0x00030003 S=0x00000080 A=127 T=0 X=0x000000ff : ff
@ DUMP-NEXT: a5 R_ARM_ABS8 's80' P=0x00030004 S=0x00000080 A=-128 T=0 X=0x00000000 : 00
@ DUMP-NEXT: a6 R_ARM_ABS8 's7c' P=0x00030005 S=0x0000007c A=-124 T=0 X=0x00000000 : 00

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .bytes, "aw", %progbits
@ Field 0xf0: A = -16, X = 0x80 - 16 = 0x70.
a1:     .byte 0xf0
        .reloc a1, R_ARM_ABS8, s80
@ expect a1 bytes: 70
@ Field 0x10: A = 16, X = 0x7c + 16 = 0x8c (reference example).
a2:     .byte 0x10
        .reloc a2, R_ARM_ABS8, s7c
@ expect a2 bytes: 8c
@ Field 0xff: A = -1, X = 0x7f.
a3:     .byte 0xff
        .reloc a3, R_ARM_ABS8, s80
@ expect a3 bytes: 7f
@ Field 0x7f: A = 127 (largest positive), X = 0xff.
a4:     .byte 0x7f
        .reloc a4, R_ARM_ABS8, s80
@ expect a4 bytes: ff
@ Field 0x80: A = -128 (most negative), X = 0.
a5:     .byte 0x80
        .reloc a5, R_ARM_ABS8, s80
@ expect a5 bytes: 00
@ Field 0x84: A = -124, X = 0x7c - 124 = 0.
a6:     .byte 0x84
        .reloc a6, R_ARM_ABS8, s7c
@ expect a6 bytes: 00

        .section .sm, "a", %progbits
        .globl s7c
s7c:    .space 4
        .globl s80
s80:    .byte 0
