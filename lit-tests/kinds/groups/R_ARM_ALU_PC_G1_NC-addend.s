@ R_ARM_ALU_PC_G1_NC REL addend (fact sheet 1 and 3.11): the modified
@ immediate of the second ADD/SUB, negated for SUB. Fields hand-encoded;
@ targets are absolute symbols y0..y3.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x143458 --defsym=y1=0xffef9770 --defsym=y2=0x3268c
@ relocheck: --defsym=y3=0x365684
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_ALU_PC_G1_NC 'y0' P=0x00020000 S=0x00143458 A=-4 T=0 X=0x00123454 : d1 0d 80 e2
@ DUMP-NEXT: a1 R_ARM_ALU_PC_G1_NC 'y1' P=0x00020004 S=0xffef9770 A=13376 T=0 X=0xffedcbac : d1 0d 40 e2
@ DUMP-NEXT: a2 R_ARM_ALU_PC_G1_NC 'y2' P=0x00020008 S=0x0003268c A=-832 T=0 X=0x00012344 : d1 0f 80 e2
@ DUMP-NEXT: a3 R_ARM_ALU_PC_G1_NC 'y3' P=0x0002000c S=0x00365684 A=0 T=0 X=0x00345678 : 59 0d 80 e2

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ sub r0, r0, #4: A = -4 (the producer value for a sequence's
@ second instruction). G1 of 0x123454 is 0x3440.
@ X = y0 + (-4) - 0x20000 = 0x123454.
a0:     .inst 0xe2400004
        .reloc a0, R_ARM_ALU_PC_G1_NC, y0
@ expect a0 bytes: d1 0d 80 e2
@ add r0, r0, #0x3440: A = 13376; X < 0 gives sub r0, r0, #0x3440.
@ X = y1 + (13376) - 0x20004 = -0x123454.
a1:     .inst 0xe2800dd1
        .reloc a1, R_ARM_ALU_PC_G1_NC, y1
@ expect a1 bytes: d1 0d 40 e2
@ sub r0, r0, #0x340 (imm8 0x34, rot 14): A = -832. G1 of
@ 0x12344 is 0x344 (imm8 0xd1, rot 15).
@ X = y2 + (-832) - 0x20008 = 0x12344.
a2:     .inst 0xe2400e34
        .reloc a2, R_ARM_ALU_PC_G1_NC, y2
@ expect a2 bytes: d1 0f 80 e2
@ sub r0, r0, #0: A = 0. G1 of 0x345678 is 0x1640 (G0 0x344000).
@ X = y3 + (0) - 0x2000c = 0x345678.
a3:     .inst 0xe2400000
        .reloc a3, R_ARM_ALU_PC_G1_NC, y3
@ expect a3 bytes: 59 0d 80 e2
        bx lr
