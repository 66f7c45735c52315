@ R_ARM_ALU_PC_G1 REL addend (fact sheet 1 and 3.11): the modified
@ immediate, negated for SUB; the link is checked, so every X here is
@ two groups. Fields hand-encoded; targets are absolute symbols y0..y3.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x143444 --defsym=y1=0xffef9784 --defsym=y2=0x3268c
@ relocheck: --defsym=y3=0xe0c4
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_ALU_PC_G1 'y0' P=0x00020000 S=0x00143444 A=-4 T=0 X=0x00123440 : d1 0d 80 e2
@ DUMP-NEXT: a1 R_ARM_ALU_PC_G1 'y1' P=0x00020004 S=0xffef9784 A=13376 T=0 X=0xffedcbc0 : d1 0d 40 e2
@ DUMP-NEXT: a2 R_ARM_ALU_PC_G1 'y2' P=0x00020008 S=0x0003268c A=-832 T=0 X=0x00012344 : d1 0f 80 e2
@ DUMP-NEXT: a3 R_ARM_ALU_PC_G1 'y3' P=0x0002000c S=0x0000e0c4 A=-1020 T=0 X=0xfffedcbc : d1 0f 41 e2

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ sub r0, r0, #4: A = -4.
@ X = y0 + (-4) - 0x20000 = 0x123440.
a0:     .inst 0xe2400004
        .reloc a0, R_ARM_ALU_PC_G1, y0
@ expect a0 bytes: d1 0d 80 e2
@ add r0, r0, #0x3440: A = 13376; X < 0 gives sub r0, r0, #0x3440.
@ X = y1 + (13376) - 0x20004 = -0x123440.
a1:     .inst 0xe2800dd1
        .reloc a1, R_ARM_ALU_PC_G1, y1
@ expect a1 bytes: d1 0d 40 e2
@ sub r0, r0, #0x340: A = -832.
@ X = y2 + (-832) - 0x20008 = 0x12344.
a2:     .inst 0xe2400e34
        .reloc a2, R_ARM_ALU_PC_G1, y2
@ expect a2 bytes: d1 0f 80 e2
@ sub r0, r1, #1020: A = -1020; Rd and Rn are kept.
@ X = y3 + (-1020) - 0x2000c = -0x12344.
a3:     .inst 0xe2410fff
        .reloc a3, R_ARM_ALU_PC_G1, y3
@ expect a3 bytes: d1 0f 41 e2
        bx lr
