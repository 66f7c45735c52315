@ R_ARM_THM_BF16: `bf` announces the B.W at its branch point and names that
@ branch's target (AAELF32 "Armv8.1-M Mainline Branch Future relocations").
@ llvm-mc emits R_ARM_THM_BF16 for a target in another section and leaves
@ -4 in the field; the REL addend reads back as -4 | 1 = -3 (the ABI sets
@ bit 0). The field takes the offset X & ~1 from PC = P + 4, as the B.W's
@ own THM_JUMP24 does; boff (the branch point, here P + 6) is the
@ assembler's and stays. Bytes measured with GNU ld 2.40 (same layout).
@ relocheck: --arch=armv8.1-m.main -Ttext=0x20000 --section-start=.far=0x21002
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = ((0x21002 - 3) | 1) - 0x20000 = 0xFFF; offset X & ~1 = 0xFFE:
@ immA 0, immB 0x3FF, immC 1.
bf1:    bf      .Lbp1, far
@ expect bf1 branch: far thumb
@ expect bf1 bytes: c0 f0 ff ef
        movs    r0, #1
.Lbp1:  b.w     far

        .section .far, "ax", %progbits
        .thumb
        .globl far
        .type far, %function
far:    bx lr
