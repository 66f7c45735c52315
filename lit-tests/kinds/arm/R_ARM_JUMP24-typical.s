@ R_ARM_JUMP24 on ARM B and BL<c> (A1): X = ((S + A) | T) - P, A = -8 from
@ the assembler; the condition and opcode bits are kept (fact sheet 3.1).
@ Reference examples (3.1, lld/GNU ld/model): BEQ at 0x20008 to 0x22000 ->
@ 0x0a0007fc; B at 0x2000c to 0x10000 -> fb bf ff ea.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
@ relocheck: --section-start=.back=0x10000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      beq1 R_ARM_JUMP24 'fnA' P=0x00020008 S=0x00022000 A=-8 T=0 X=0x00001ff0
@ DUMP-NEXT: b1 R_ARM_JUMP24 'back' P=0x0002000c S=0x00010000 A=-8 T=0 X=0xfffeffec
@ DUMP-NEXT: blne1 R_ARM_JUMP24 'fnA' P=0x00020010 {{.*}} : blne #
@ DUMP-NEXT: b2 R_ARM_JUMP24 'fnA' P=0x00020014 {{.*}} : b #

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: nop
        nop
@ X = 0x22000 - 8 - 0x20008 = 0x1ff0, imm24 0x7fc, cond EQ (0x0).
beq1:   beq fnA
@ expect beq1 branch: fnA arm
@ expect beq1 bytes: fc 07 00 0a
@ X = 0x10000 - 8 - 0x2000c = -0x10014, imm24 0xffbffb.
b1:     b back
@ expect b1 branch: back arm
@ expect b1 bytes: fb bf ff ea
@ Conditional BL is JUMP24 too: X = 0x22000 - 8 - 0x20010 = 0x1fe8,
@ imm24 0x7fa, cond NE (0x1), L = 1.
blne1:  blne fnA
@ expect blne1 branch: fnA arm
@ expect blne1 bytes: fa 07 00 1b
@ X = 0x22000 - 8 - 0x20014 = 0x1fe4, imm24 0x7f9.
b2:     b fnA
@ expect b2 branch: fnA arm
@ expect b2 bytes: f9 07 00 ea

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr

        .section .back, "ax", %progbits
        .arm
back:   bx lr
