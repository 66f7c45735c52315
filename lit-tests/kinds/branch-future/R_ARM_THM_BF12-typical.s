@ R_ARM_THM_BF12: `bfcsel` announces the B<c> at its branch point, names
@ its target (this relocation) and the else point, where execution goes on
@ when the condition fails (AAELF32 "Armv8.1-M Mainline Branch Future
@ relocations"). llvm-mc leaves -4 in the field (REL addend -3). Only
@ immA (insn[16]) : immB : immC move; boff, the else bit and the condition
@ stay. Same bytes as GNU ld 2.40 (relocheck diff).
@ relocheck: --arch=armv8.1-m.main -Ttext=0x20000 --section-start=.far=0x20800
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
        cmp     r0, #0
@ X = ((0x20800 - 3) | 1) - 0x20002 = 0x7FB; offset 0x7FA: immA 0,
@ immB 0x1FE, immC 1. Branch point P + 6 (boff 1), else at the branch point + 4 (T).
sel1:   bfcsel  .Lbp1, far, .Lelse1, eq
@ expect sel1 branch: far thumb
@ expect sel1 bytes: 82 f0 fd eb
        movs    r1, #2
.Lbp1:  beq.w   far
.Lelse1:
        bx      lr

        .section .far, "ax", %progbits
        .thumb
        .globl far
        .type far, %function
far:    bx lr
