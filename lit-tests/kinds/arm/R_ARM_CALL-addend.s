@ R_ARM_CALL REL addend read back from the field: A = sign_extend(imm24:'00',
@ 26); the BLX H bit is not part of it (fact sheet 3.1). Fields are planted
@ with .inst and the relocation added with .reloc.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_CALL 'fnA' P=0x00020000 S=0x00022000 A=-8 T=0 X=0x00001ff8 :
@ DUMP-NEXT: a2 R_ARM_CALL 'fnA' P=0x00020004 S=0x00022000 A=248 T=0 X=0x000020f4 :
@ DUMP-NEXT: a3 R_ARM_CALL 'fnA' P=0x00020008 S=0x00022000 A=-264 T=0 X=0x00001ef0 :
@ DUMP-NEXT: a4 R_ARM_CALL 'fnA' P=0x0002000c S=0x00022000 A=-8 T=0 X=0x00001fec :
@ DUMP-NEXT: a5 R_ARM_CALL 'fnA' P=0x00020010 S=0x00022000 A=-33554432 T=0 X=0xfe001ff0 :

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ imm24 0xfffffe: A = -8. X = 0x22000 - 8 - 0x20000 = 0x1ff8.
a1:     .inst 0xebfffffe
        .reloc a1, R_ARM_CALL, fnA
@ expect a1 branch: fnA arm
@ expect a1 bytes: fe 07 00 eb
@ imm24 0x00003e: A = 0xf8 = -8 + 0x100. X = 0x22000 + 0xf8 - 0x20004
@ = 0x20f4, imm24 0x83d.
a2:     .inst 0xeb00003e
        .reloc a2, R_ARM_CALL, fnA
@ expect a2 branch: fnA + 0x100 arm
@ expect a2 bytes: 3d 08 00 eb
@ imm24 0xffffbe: A = -0x108 = -8 - 0x100. X = 0x22000 - 0x108 - 0x20008
@ = 0x1ef0, imm24 0x7bc.
a3:     .inst 0xebffffbe
        .reloc a3, R_ARM_CALL, fnA
@ expect a3 branch: fnA - 0x100 arm
@ expect a3 bytes: bc 07 00 eb
@ BLX (A2) with H = 1 and imm24 0xfffffe: A = -8, H ignored. The target is
@ ARM, so it becomes BL: X = 0x22000 - 8 - 0x2000c = 0x1fec, imm24 0x7fb.
a4:     .inst 0xfbfffffe
        .reloc a4, R_ARM_CALL, fnA
@ expect a4 branch: fnA arm
@ expect a4 bytes: fb 07 00 eb
@ imm24 0x800000: A = -0x2000000, the most negative field (sign taken from
@ bit 25 of imm24:'00'). X = 0x22000 - 0x2000000 - 0x20010 = -0x1ffe010
@ = 0xfe001ff0, imm24 0x8007fc; the target S + A + 8 wraps to 0xfe022008.
a5:     .inst 0xeb800000
        .reloc a5, R_ARM_CALL, fnA
@ expect a5 branch: fnA - 0x2000000 + 8 arm
@ expect a5 bytes: fc 07 80 eb
        bx lr

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
