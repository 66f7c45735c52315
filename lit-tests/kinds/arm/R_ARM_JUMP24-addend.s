@ R_ARM_JUMP24 REL addend read back from the field: A = sign_extend(
@ imm24:'00', 26), whatever the condition or L bit (fact sheet 3.1). Fields
@ are planted with .inst and the relocation added with .reloc.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x21f00
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_JUMP24 'fnA' P=0x00020000 S=0x00022000 A=-8 T=0 X=0x00001ff8 :
@ DUMP-NEXT: a2 R_ARM_JUMP24 'fnA' P=0x00020004 S=0x00022000 A=248 T=0 X=0x000020f4 :
@ DUMP-NEXT: a3 R_ARM_JUMP24 'fnA' P=0x00020008 S=0x00022000 A=-264 T=0 X=0x00001ef0 :

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ B, imm24 0xfffffe: A = -8. X = 0x22000 - 8 - 0x20000 = 0x1ff8.
a1:     .inst 0xeafffffe
        .reloc a1, R_ARM_JUMP24, fnA
@ expect a1 branch: fnA arm
@ expect a1 bytes: fe 07 00 ea
@ BEQ, imm24 0x00003e: A = 0xf8 = -8 + 0x100. X = 0x22000 + 0xf8 - 0x20004
@ = 0x20f4, imm24 0x83d.
a2:     .inst 0x0a00003e
        .reloc a2, R_ARM_JUMP24, fnA
@ expect a2 branch: fnA + 0x100 arm
@ expect a2 bytes: 3d 08 00 0a
@ BLNE, imm24 0xffffbe: A = -0x108 = -8 - 0x100. X = 0x22000 - 0x108
@ - 0x20008 = 0x1ef0, imm24 0x7bc.
a3:     .inst 0x1bffffbe
        .reloc a3, R_ARM_JUMP24, fnA
@ expect a3 branch: fnA - 0x100 arm
@ expect a3 bytes: bc 07 00 1b
        bx lr

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
        .space 0x100
fnA:    bx lr
        .space 0x100
