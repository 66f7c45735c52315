@ R_ARM_ALU_PC_G0 REL addend (fact sheet 1 and 3.11): the modified
@ immediate, negated for SUB. ABI self-check (model agrees): `SUB r0, r1,
@ #1020` 0xe2410fff as ALU_PC_G0 gives A = -1020. Fields hand-encoded;
@ targets are absolute symbols y0..y4 chosen so that each X is one group.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x207f8 --defsym=y1=0x1fe04 --defsym=y2=0x22008
@ relocheck: --defsym=y3=0x2010b --defsym=y4=0x1020008
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_ALU_PC_G0 'y0' P=0x00020000 S=0x000207f8 A=-1020 T=0 X=0x000003fc : ff 0f 81 e2
@ DUMP-NEXT: a1 R_ARM_ALU_PC_G0 'y1' P=0x00020004 S=0x0001fe04 A=256 T=0 X=0xffffff00 : 40 0f 4f e2
@ DUMP-NEXT: a2 R_ARM_ALU_PC_G0 'y2' P=0x00020008 S=0x00022008 A=-4096 T=0 X=0x00001000 : 40 0d 8f e2
@ DUMP-NEXT: a3 R_ARM_ALU_PC_G0 'y3' P=0x0002000c S=0x0002010b A=0 T=0 X=0x000000ff : ff 00 8f e2
@ DUMP-NEXT: a4 R_ARM_ALU_PC_G0 'y4' P=0x00020010 S=0x01020008 A=8 T=0 X=0x01000000 : 40 57 9f e2

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ABI self-check: sub r0, r1, #1020 (imm8 0xff, rot 15): A = -1020.
@ add r0, r1, #0x3fc keeps Rd and Rn.
@ X = y0 + (-1020) - 0x20000 = 0x3fc.
a0:     .inst 0xe2410fff
        .reloc a0, R_ARM_ALU_PC_G0, y0
@ expect a0 bytes: ff 0f 81 e2
@ add r0, pc, #0x100: A = 256; X < 0 gives sub r0, pc, #0x100.
@ X = y1 + (256) - 0x20004 = -0x100.
a1:     .inst 0xe28f0f40
        .reloc a1, R_ARM_ALU_PC_G0, y1
@ expect a1 bytes: 40 0f 4f e2
@ sub r0, pc, #0x1000 (imm8 1, rot 10): A = -4096; X = 0x1000
@ gives add r0, pc, #0x1000 in the ABI chunk (imm8 0x40, rot 13).
@ X = y2 + (-4096) - 0x20008 = 0x1000.
a2:     .inst 0xe24f0a01
        .reloc a2, R_ARM_ALU_PC_G0, y2
@ expect a2 bytes: 40 0d 8f e2
@ sub r0, pc, #0: A = 0.
@ X = y3 + (0) - 0x2000c = 0xff.
a3:     .inst 0xe24f0000
        .reloc a3, R_ARM_ALU_PC_G0, y3
@ expect a3 bytes: ff 00 8f e2
@ adds r5, pc, #8 (S bit set): A = 8; the S bit stays.
@ X = y4 + (8) - 0x20010 = 0x1000000.
a4:     .inst 0xe29f5008
        .reloc a4, R_ARM_ALU_PC_G0, y4
@ expect a4 bytes: 40 57 9f e2
        bx lr
