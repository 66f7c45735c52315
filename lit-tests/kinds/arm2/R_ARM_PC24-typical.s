@ R_ARM_PC24 (deprecated) acts like R_ARM_JUMP24 on ARM B, BL and BL<c> (A1):
@ X = ((S + A) | T) - P, A = -8 in the field, condition and opcode bits
@ kept (fact sheet 2, row 1 and row notes; 3.1). No assembler syntax, so
@ the fields are planted with .inst and the relocation added with .reloc.
@ Reference examples (3.1, lld/GNU ld/model): BL at 0x20000 to 0x22000 ->
@ fe 07 00 eb; BEQ at 0x20008 to 0x22000 -> fc 07 00 0a; B at 0x2000c to
@ 0x10000 -> fb bf ff ea.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
@ relocheck: --section-start=.back=0x10000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ BL: X = 0x22000 - 8 - 0x20000 = 0x1ff8, imm24 0x7fe.
bl1:    .inst 0xebfffffe
        .reloc bl1, R_ARM_PC24, fnA
@ expect bl1 branch: fnA arm
@ expect bl1 bytes: fe 07 00 eb
@ BL: X = 0x22000 - 8 - 0x20004 = 0x1ff4, imm24 0x7fd.
bl2:    .inst 0xebfffffe
        .reloc bl2, R_ARM_PC24, fnA
@ expect bl2 branch: fnA arm
@ expect bl2 bytes: fd 07 00 eb
@ BEQ: X = 0x22000 - 8 - 0x20008 = 0x1ff0, imm24 0x7fc, cond EQ.
beq1:   .inst 0x0afffffe
        .reloc beq1, R_ARM_PC24, fnA
@ expect beq1 branch: fnA arm
@ expect beq1 bytes: fc 07 00 0a
@ B backwards: X = 0x10000 - 8 - 0x2000c = -0x10014, imm24 0xffbffb.
b1:     .inst 0xeafffffe
        .reloc b1, R_ARM_PC24, back
@ expect b1 branch: back arm
@ expect b1 bytes: fb bf ff ea
@ BLNE: X = 0x22000 - 8 - 0x20010 = 0x1fe8, imm24 0x7fa, cond NE, L = 1.
blne1:  .inst 0x1bfffffe
        .reloc blne1, R_ARM_PC24, fnA
@ expect blne1 branch: fnA arm
@ expect blne1 bytes: fa 07 00 1b
        bx lr

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr

        .section .back, "ax", %progbits
        .arm
        .globl back
        .type back, %function
back:   bx lr
