@ R_ARM_ALU_PC_G0_NC REL addend (fact sheet 1 and 3.11): the value of the
@ ADD/SUB's modified immediate (imm8 rotated right by 2 * rot), negated for
@ SUB; any rotation is read, not only the ABI's chunking. The output
@ opcode then follows the sign of X, not of the field. Fields hand-encoded;
@ targets are absolute symbols y0..y5.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x32245 --defsym=y1=0x20004 --defsym=y2=0x20030
@ relocheck: --defsym=y3=0x20050 --defsym=y4=0x20010 --defsym=y5=0x1fc18
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_ALU_PC_G0_NC 'y0' P=0x00020000 S=0x00032245 A=256 T=0 X=0x00012345 : 48 0b 8f e2
@ DUMP-NEXT: a1 R_ARM_ALU_PC_G0_NC 'y1' P=0x00020004 S=0x00020004 A=-4096 T=0 X=0xfffff000 : 40 0d 4f e2
@ DUMP-NEXT: a2 R_ARM_ALU_PC_G0_NC 'y2' P=0x00020008 S=0x00020030 A=-8 T=0 X=0x00000020 : 20 00 8f e2
@ DUMP-NEXT: a3 R_ARM_ALU_PC_G0_NC 'y3' P=0x0002000c S=0x00020050 A=0 T=0 X=0x00000044 : 44 00 8f e2
@ DUMP-NEXT: a4 R_ARM_ALU_PC_G0_NC 'y4' P=0x00020010 S=0x00020010 A=1073741824 T=0 X=0x40000000 : 40 04 8f e2
@ DUMP-NEXT: a5 R_ARM_ALU_PC_G0_NC 'y5' P=0x00020014 S=0x0001fc18 A=0 T=0 X=0xfffffc04 : ff 3f 4f e2

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ add r0, pc, #0x100 (imm8 0x40, rot 15): A = 256. NC drops the
@ residual 0x345: add r0, pc, #0x12000.
@ X = y0 + (256) - 0x20000 = 0x12345.
a0:     .inst 0xe28f0f40
        .reloc a0, R_ARM_ALU_PC_G0_NC, y0
@ expect a0 bytes: 48 0b 8f e2
@ sub r0, pc, #0x1000 written with the smallest rotation (imm8 1,
@ rot 10): A = -4096. Output uses the ABI chunk (imm8 0x40, rot 13).
@ X = y1 + (-4096) - 0x20004 = -0x1000.
a1:     .inst 0xe24f0a01
        .reloc a1, R_ARM_ALU_PC_G0_NC, y1
@ expect a1 bytes: 40 0d 4f e2
@ sub r0, pc, #8: A = -8; X > 0 turns the SUB into an ADD.
@ X = y2 + (-8) - 0x20008 = 0x20.
a2:     .inst 0xe24f0008
        .reloc a2, R_ARM_ALU_PC_G0_NC, y2
@ expect a2 bytes: 20 00 8f e2
@ sub r0, pc, #0: A = -0 = 0.
@ X = y3 + (0) - 0x2000c = 0x44.
a3:     .inst 0xe24f0000
        .reloc a3, R_ARM_ALU_PC_G0_NC, y3
@ expect a3 bytes: 44 00 8f e2
@ add r0, pc, #0x40000000 (imm8 1, rot 1): A = 0x40000000.
@ X = y4 + (1073741824) - 0x20010 = 0x40000000.
a4:     .inst 0xe28f0101
        .reloc a4, R_ARM_ALU_PC_G0_NC, y4
@ expect a4 bytes: 40 04 8f e2
@ add r3, pc, #0: A = 0; X < 0 turns the ADD into a SUB.
@ X = y5 + (0) - 0x20014 = -0x3fc.
a5:     .inst 0xe28f3000
        .reloc a5, R_ARM_ALU_PC_G0_NC, y5
@ expect a5 bytes: ff 3f 4f e2
        bx lr
