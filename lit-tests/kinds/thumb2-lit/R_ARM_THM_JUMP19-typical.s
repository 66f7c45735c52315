@ R_ARM_THM_JUMP19: Thumb B<c>.W (T3), X = ((S + A) | T) - P,
@ v = S:J2:J1:imm6:imm11:'0' with no J inversion, cond kept (AAELF32 Thumb32
@ relocations; reference §3.4 example, lld, GNU ld and the model agree:
@ BEQ.W at 0x20000 to a Thumb function at 0xCBCE2, v = 0xABCDE,
@ `2b f0 6f 8e`). llvm-mc emits THM_JUMP19 (A = -4) for `beq.w` to another
@ section.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0xcbce2 --section-start=.back=0x10000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
j1:     beq.w far
@ expect j1 branch: far thumb
@ expect j1 bytes: 2b f0 6f 8e
@ Backward, BNE (cond 0001): v = 0x10000 - 4 - 0x20004 = -0x10008:
@ S=1 J2=1 J1=1 imm6 0x2F imm11 0x7FC: hw1 0xF46F, hw2 0xAFFC.
j2:     bne.w back
@ expect j2 branch: back thumb
@ expect j2 bytes: 6f f4 fc af
        bx lr

        .section .far, "ax", %progbits
        .thumb
        .globl far
        .type far, %function
far:    bx lr

        .section .back, "ax", %progbits
        .thumb
        .globl back
        .type back, %function
back:   bx lr
