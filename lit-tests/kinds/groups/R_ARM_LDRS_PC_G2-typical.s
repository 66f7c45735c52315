@ R_ARM_LDRS_PC_G2 ends a three-instruction sequence with Y2 (|X| less G0
@ and G1) in imm4H:imm4L, U = (X >= 0), checked Y2 <= 0xff; X = S + A - P
@ (fact sheet 3.12). The reference sequence's numbers (3.11): P0 =
@ 0x20000, S = 0x14345c, X = 0x123454, G0 = 0x120000, G1 = 0x3440, Y2 =
@ 0x14: `ldrh r1, [r0]` -> ldrh r1, [r0, #0x14] (0xe1d011b4).
@ Backward from .back at 0x300000 to lo at 0xfe00c (X = -0x201ffc, as in
@ the LDR_PC_G2 test): Y2 = 0x3c, `ldrsh r3, [r2]` -> [r2, #-0x3c].
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x14345c
@ relocheck: --section-start=.back=0x300000 --section-start=.lo=0xfe00c
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
g0:     .inst 0xe24f0008
        .reloc g0, R_ARM_ALU_PC_G0_NC, far
@ expect g0 bytes: 48 09 8f e2
g1:     .inst 0xe2400004
        .reloc g1, R_ARM_ALU_PC_G1_NC, far
@ expect g1 bytes: d1 0d 80 e2
@ ldrh r1, [r0] (A = 0) -> ldrh r1, [r0, #0x14].
g2:     .inst 0xe1d010b0
        .reloc g2, R_ARM_LDRS_PC_G2, far
@ expect g2 bytes: b4 11 d0 e1
        bx lr

        .section .back, "ax", %progbits
        .arm
b0:     .inst 0xe24f2008
        .reloc b0, R_ARM_ALU_PC_G0_NC, lo
@ expect b0 bytes: 80 29 4f e2
b1:     .inst 0xe2422004
        .reloc b1, R_ARM_ALU_PC_G1_NC, lo
@ expect b1 bytes: 7f 2d 42 e2
@ ldrsh r3, [r2] (A = 0) -> ldrsh r3, [r2, #-0x3c] (0xe1d233fc).
b2:     .inst 0xe1d230f0
        .reloc b2, R_ARM_LDRS_PC_G2, lo
@ expect b2 bytes: fc 33 52 e1
        bx lr

        .section .far, "a", %progbits
        .globl far
far:    .word 0

        .section .lo, "a", %progbits
        .globl lo
lo:     .word 0
