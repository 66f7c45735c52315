@ R_ARM_THM_JUMP8: Thumb B<c> (T1), X = S + A - P, imm8 = X[8:1], cond kept
@ (AAELF32 Thumb16 relocations; reference §3.5 example, lld, GNU ld and the
@ model agree: BEQ at 0x20002 to 0x1FF06, X = -0x100, imm8 0x80, `80 d0`).
@ llvm-mc widens `beq` to another section on v7, so this is armv6-m, where
@ the assembler emits THM_JUMP8 (A = -4).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --section-start=.back=0x1ff06 --section-start=.fwd=0x20040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: nop
@ X = 0x1FF06 - 4 - 0x20002 = -0x100.
b1:     beq back
@ expect b1 branch: back thumb
@ expect b1 bytes: 80 d0
@ Forward, another condition: X = 0x20040 - 4 - 0x20004 = 0x38, imm8 0x1C,
@ BNE keeps cond 0001: 0xD11C.
b2:     bne fwd
@ expect b2 branch: fwd thumb
@ expect b2 bytes: 1c d1
        bx lr

        .section .back, "ax", %progbits
        .thumb
        .globl back
        .type back, %function
back:   bx lr

        .section .fwd, "ax", %progbits
        .thumb
        .globl fwd
        .type fwd, %function
fwd:    bx lr
