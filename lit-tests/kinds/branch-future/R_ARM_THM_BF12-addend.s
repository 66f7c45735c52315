@ R_ARM_THM_BF12 REL addend, read back from the BFCSEL field as AAELF32's
@ Branch Future table says: the offset immA(1) = insn[16] : immB : immC : '0',
@ sign-extended, with bit 0 set ("... | insn[11] << 1 | 1"). X & ~1 (the
@ Result_Mask 0x00001FFE) is the offset written. Fields are planted with
@ .inst.w (boff 1, so the branch point is the second NOP after each) and
@ .reloc: the producer's -4, positive and negative addends, zero, and both
@ ends of the field (against a target that keeps the sum in range).
@ relocheck: --arch=armv8.1-m.main -Ttext=0x20000 --section-start=.tgt=0x20800 --section-start=.low=0x1f800
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ field -0x4, A = -3: target fnT, offset 0x7fc.
b1:     .inst.w 0xf083e7ff
        .reloc b1, R_ARM_THM_BF12, fnT
@ expect b1 branch: fnT thumb
        nop
        nop
@ field 0x100, A = 257: target fnT + 0x104, offset 0x8f8.
b2:     .inst.w 0xf082e081
        .reloc b2, R_ARM_THM_BF12, fnT
@ expect b2 branch: fnT + 0x104 thumb
        nop
        nop
@ field -0x104, A = -259: target fnT - 0x100, offset 0x6ec.
b3:     .inst.w 0xf083e77f
        .reloc b3, R_ARM_THM_BF12, fnT
@ expect b3 branch: fnT - 0x100 thumb
        nop
        nop
@ field 0x0, A = 1: target fnT + 0x4, offset 0x7e8.
b4:     .inst.w 0xf082e001
        .reloc b4, R_ARM_THM_BF12, fnT
@ expect b4 branch: fnT + 0x4 thumb
        nop
        nop
@ field 0xffe, A = 4095: target lowT + 0x1002, offset 0x7de.
b5:     .inst.w 0xf082efff
        .reloc b5, R_ARM_THM_BF12, lowT
@ expect b5 branch: lowT + 0x1002 thumb
        nop
        nop
@ field -0x1000, A = -4095: target fnT - 0xffc, offset 0xfffff7d8.
b6:     .inst.w 0xf083e001
        .reloc b6, R_ARM_THM_BF12, fnT
@ expect b6 branch: fnT - 0xffc thumb
        nop
        nop
        bx      lr

        .section .tgt, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .low, "ax", %progbits
        .thumb
        .globl lowT
        .type lowT, %function
lowT:   bx lr
