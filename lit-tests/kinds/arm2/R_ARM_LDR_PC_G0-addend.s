@ R_ARM_LDR_PC_G0 REL addend: imm12, negated when U (bit 23) = 0 (fact
@ sheet 1 and 3.12). The load address is then PC + X = S + A + 8, and U in
@ the output follows the sign of X, not of the field. Fields are written
@ by hand and the relocation added with .reloc. lit is at 0x20200.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.lit=0x20200
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_LDR_PC_G0 'lit' P=0x00020000 S=0x00020200 A=-8 T=0 X=0x000001f8 : f8 01 9f e5 : ldr r0, [pc, #504] => 0x00020200
@ DUMP-NEXT: a2 R_ARM_LDR_PC_G0 'lit' P=0x00020004 S=0x00020200 A=16 T=0 X=0x0000020c : 0c 12 9f e5 : ldr r1, [pc, #524] => 0x00020218
@ DUMP-NEXT: a3 R_ARM_LDR_PC_G0 'lit' P=0x00020008 S=0x00020200 A=-520 T=0 X=0xfffffff0 : 10 20 1f e5 : ldr r2, [pc, #-16] => 0x00020000
@ DUMP-NEXT: a4 R_ARM_LDR_PC_G0 'lit' P=0x0002000c S=0x00020200 A=-4095 T=0 X=0xfffff1f5 : 0b 3e 5f e5 : ldrb r3, [pc, #-3595] => 0x0001f209
@ DUMP-NEXT: a5 R_ARM_LDR_PC_G0 'lit' P=0x00020010 S=0x00020200 A=0 T=0 X=0x000001f0 : f0 41 9f e5 : ldr r4, [pc, #496] => 0x00020208
@ DUMP-NEXT: a6 R_ARM_LDR_PC_G0 'lit' P=0x00020014 S=0x00020200 A=0 T=0 X=0x000001ec : ec 51 9f e5 : ldr r5, [pc, #492] => 0x00020208

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ Field U = 0, imm12 8: A = -8. X = 0x20200 - 8 - 0x20000 = 0x1f8.
a1:     ldr r0, [pc, #-8]
        .reloc a1, R_ARM_LDR_PC_G0, lit
@ expect a1 bytes: f8 01 9f e5
@ Field U = 1, imm12 16: A = 16. X = 0x20200 + 16 - 0x20004 = 0x20c.
a2:     ldr r1, [pc, #16]
        .reloc a2, R_ARM_LDR_PC_G0, lit
@ expect a2 bytes: 0c 12 9f e5
@ Field U = 0, imm12 0x208: A = -0x208. X = 0x20200 - 0x208 - 0x20008
@ = -0x10, U = 0.
a3:     ldr r2, [pc, #-0x208]
        .reloc a3, R_ARM_LDR_PC_G0, lit
@ expect a3 bytes: 10 20 1f e5
@ LDRB, field U = 0, imm12 0xfff: A = -4095 (most negative).
@ X = 0x20200 - 0xfff - 0x2000c = -0xe0b, U = 0.
a4:     ldrb r3, [pc, #-4095]
        .reloc a4, R_ARM_LDR_PC_G0, lit
@ expect a4 bytes: 0b 3e 5f e5
@ Field U = 1, imm12 0: A = 0. X = 0x20200 - 0x20010 = 0x1f0.
a5:     ldr r4, [pc, #0]
        .reloc a5, R_ARM_LDR_PC_G0, lit
@ expect a5 bytes: f0 41 9f e5
@ Field U = 0, imm12 0 (`#-0`): A = -0 = 0. X = 0x20200 - 0x20014
@ = 0x1ec, U = 1.
a6:     .inst 0xe51f5000
        .reloc a6, R_ARM_LDR_PC_G0, lit
@ expect a6 bytes: ec 51 9f e5
        bx lr

        .section .lit, "a", %progbits
        .globl lit
lit:    .word 0x12345678
