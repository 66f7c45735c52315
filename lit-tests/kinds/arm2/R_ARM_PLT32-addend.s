@ R_ARM_PLT32 REL addend read back from the field as for CALL and JUMP24:
@ A = sign_extend(imm24:'00', 26), whatever the condition or L bit (fact
@ sheet 2, row notes; 3.1). Fields are planted with .inst and the
@ relocation added with .reloc. Addresses: fnA 0x22000 (with 0x100 bytes
@ either side), back 0x10000.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x21f00
@ relocheck: --section-start=.back=0x10000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_PLT32 'fnA' P=0x00020000 S=0x00022000 A=-8 T=0 X=0x00001ff8 : fe 07 00 eb
@ DUMP-NEXT: a2 R_ARM_PLT32 'fnA' P=0x00020004 S=0x00022000 A=248 T=0 X=0x000020f4 : 3d 08 00 0a
@ DUMP-NEXT: a3 R_ARM_PLT32 'fnA' P=0x00020008 S=0x00022000 A=-264 T=0 X=0x00001ef0 : bc 07 00 1b
@ DUMP-NEXT: a4 R_ARM_PLT32 'fnA' P=0x0002000c S=0x00022000 A=0 T=0 X=0x00001ff4 : fd 07 00 ea
@ DUMP-NEXT: a5 R_ARM_PLT32 'back' P=0x00020010 S=0x00010000 A=33554428 T=0 X=0x01feffec : fb bf 7f eb
@ DUMP-NEXT: a6 R_ARM_PLT32 'fnA' P=0x00020014 S=0x00022000 A=-33554432 T=0 X=0xfe001fec : fb 07 80 eb

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ BL, imm24 0xfffffe: A = -8. X = 0x22000 - 8 - 0x20000 = 0x1ff8.
a1:     .inst 0xebfffffe
        .reloc a1, R_ARM_PLT32, fnA
@ expect a1 branch: fnA arm
@ expect a1 bytes: fe 07 00 eb
@ BEQ, imm24 0x00003e: A = 0xf8 = -8 + 0x100. X = 0x22000 + 0xf8 - 0x20004
@ = 0x20f4, imm24 0x83d.
a2:     .inst 0x0a00003e
        .reloc a2, R_ARM_PLT32, fnA
@ expect a2 branch: fnA + 0x100 arm
@ expect a2 bytes: 3d 08 00 0a
@ BLNE, imm24 0xffffbe: A = -0x108 = -8 - 0x100. X = 0x22000 - 0x108
@ - 0x20008 = 0x1ef0, imm24 0x7bc.
a3:     .inst 0x1bffffbe
        .reloc a3, R_ARM_PLT32, fnA
@ expect a3 branch: fnA - 0x100 arm
@ expect a3 bytes: bc 07 00 1b
@ B, imm24 0: A = 0. X = 0x22000 - 0x2000c = 0x1ff4, imm24 0x7fd; the
@ branch lands 8 bytes past fnA.
a4:     .inst 0xea000000
        .reloc a4, R_ARM_PLT32, fnA
@ expect a4 branch: fnA + 8 arm
@ expect a4 bytes: fd 07 00 ea
@ BL, imm24 0x7fffff: A = 0x1fffffc (largest). X = 0x10000 + 0x1fffffc
@ - 0x20010 = 0x1feffec, imm24 0x7fbffb.
a5:     .inst 0xeb7fffff
        .reloc a5, R_ARM_PLT32, back
@ expect a5 branch: back + 0x2000004 arm
@ expect a5 bytes: fb bf 7f eb
@ BL, imm24 0x800000: A = -0x2000000 (most negative). X = 0x22000
@ - 0x2000000 - 0x20014 = -0x1ffe014, imm24 0x8007fb.
a6:     .inst 0xeb800000
        .reloc a6, R_ARM_PLT32, fnA
@ expect a6 branch: fnA - 0x2000000 + 8 arm
@ expect a6 bytes: fb 07 80 eb
        bx lr

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
        .space 0x100
fnA:    bx lr
        .space 0x100

        .section .back, "ax", %progbits
        .arm
        .globl back
        .type back, %function
back:   bx lr
