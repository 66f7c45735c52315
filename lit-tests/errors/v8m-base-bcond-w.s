@ Armv8-M Baseline has B.W but no conditional B<c>.W. LLVM MC 22
@ assembles one anyway and gives it R_ARM_JUMP24, an ARM relocation, in
@ Thumb code; the error says why the relocation is the wrong kind.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: error: R_ARM_JUMP24 against 'fnT': is an ARM instruction relocation, but the mapping symbols mark the place as Thumb code ($t) (LLVM MC writes R_ARM_JUMP24 for a conditional B<c>.W, which armv8-m.base does not have: use a B<c> over a B.W) (no '@ expect b1 error:' line predicts it)
@ relocheck: --arch=armv8-m.base
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
b1:     beq.w fnT
        bx lr
        .section .other, "ax", %progbits
        .type fnT, %function
fnT:    bx lr
