@ R_ARM_THM_JUMP11: Thumb B (T2), X = S + A - P, imm11 = X[11:1]
@ (AAELF32 Thumb16 relocations; reference §3.5 example, lld, GNU ld and the
@ model agree: B at 0x20000 to 0x1FC04, X = -0x400, imm11 0x600, `00 e6`).
@ llvm-mc widens `b` to another section on v7, so this is armv6-m, where
@ only the 16-bit B exists and the assembler emits THM_JUMP11.
@ relocheck: --arch=armv6-m -Ttext=0x20000 --section-start=.back=0x1fc04 --section-start=.fwd=0x20200
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
b1:     b back
@ X = 0x1FC04 - 4 - 0x20000 = -0x400.
@ expect b1 branch: back thumb
@ expect b1 bytes: 00 e6
@ Forward: X = 0x20200 - 4 - 0x20002 = 0x1FA, imm11 0x0FD: 0xE0FD.
b2:     b fwd
@ expect b2 branch: fwd thumb
@ expect b2 bytes: fd e0
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
