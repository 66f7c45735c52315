@ R_ARM_THM_BF18: `bfl` announces the BL at its branch point (AAELF32
@ "Armv8.1-M Mainline Branch Future relocations"). llvm-mc leaves -4 in the
@ field (REL addend -3, bit 0 set by the ABI). The field takes the offset
@ X & ~1 from P + 4: immA (7 bits, insn[22:16]) : immB : immC : '0'.
@ Same bytes as GNU ld 2.40 (relocheck diff).
@ relocheck: --arch=armv8.1-m.main -Ttext=0x20000 --section-start=.far=0x30004
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
        push    {r7, lr}
@ X = ((0x30004 - 3) | 1) - 0x20002 = 0xFFFF; offset 0xFFFE (0x30004 -
@ 0x20006): immA 0x0F, immB 0x3FF, immC 1.
bfl1:   bfl     .Lbp1, callee
@ expect bfl1 branch: callee thumb
@ expect bfl1 bytes: 8f f0 ff cf
        movs    r0, #1
.Lbp1:  bl      callee
        pop     {r7, pc}

        .section .far, "ax", %progbits
        .thumb
        .globl callee
        .type callee, %function
callee: bx lr
