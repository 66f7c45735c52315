@ R_ARM_ALU_PC_G2 REL addend (fact sheet 1 and 3.11): the modified
@ immediate of the third ADD/SUB, negated for SUB; the link is checked, so
@ every X here is three groups. Fields hand-encoded; targets are absolute
@ symbols y0..y3.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x143454 --defsym=y1=0xffefcbc4 --defsym=y2=0x12364618
@ relocheck: --defsym=y3=0xedcdae08
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_ALU_PC_G2 'y0' P=0x00020000 S=0x00143454 A=0 T=0 X=0x00123454 : 14 00 80 e2
@ DUMP-NEXT: a1 R_ARM_ALU_PC_G2 'y1' P=0x00020004 S=0xffefcbc4 A=-20 T=0 X=0xffedcbac : 14 00 40 e2
@ DUMP-NEXT: a2 R_ARM_ALU_PC_G2 'y2' P=0x00020008 S=0x12364618 A=4080 T=0 X=0x12345600 : 58 0d 80 e2
@ DUMP-NEXT: a3 R_ARM_ALU_PC_G2 'y3' P=0x0002000c S=0xedcdae08 A=-1020 T=0 X=0xedcbaa00 : 58 0d 41 e2

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ add r0, r0, #0: A = 0 (the producer value for the third
@ instruction); reference result add r0, r0, #0x14.
@ X = y0 + (0) - 0x20000 = 0x123454.
a0:     .inst 0xe2800000
        .reloc a0, R_ARM_ALU_PC_G2, y0
@ expect a0 bytes: 14 00 80 e2
@ sub r0, r0, #0x14: A = -20.
@ X = y1 + (-20) - 0x20004 = -0x123454.
a1:     .inst 0xe2400014
        .reloc a1, R_ARM_ALU_PC_G2, y1
@ expect a1 bytes: 14 00 40 e2
@ add r0, r0, #0xff0 (imm8 0xff, rot 14): A = 4080. G2 of
@ 0x12345600 is 0x1600 (G0 0x12000000, G1 0x344000).
@ X = y2 + (4080) - 0x20008 = 0x12345600.
a2:     .inst 0xe2800eff
        .reloc a2, R_ARM_ALU_PC_G2, y2
@ expect a2 bytes: 58 0d 80 e2
@ sub r0, r1, #1020: A = -1020.
@ X = y3 + (-1020) - 0x2000c = -0x12345600.
a3:     .inst 0xe2410fff
        .reloc a3, R_ARM_ALU_PC_G2, y3
@ expect a3 bytes: 58 0d 41 e2
        bx lr
