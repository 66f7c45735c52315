@ R_ARM_LDC_PC_G2 ends a three-instruction sequence with imm8 = Y2 / 4
@ (Y2: |X| less G0 and G1), U = (X >= 0), checked Y2 <= 0x3fc, Y2 % 4
@ == 0; X = S + A - P (fact sheet 3.12). The reference sequence's numbers
@ (3.11): P0 = 0x20000, S = 0x14345c, X = 0x123454, Y2 = 0x14: `ldc p14,
@ c5, [r0]` -> ldc p14, c5, [r0, #0x14] (0xed905e05). Backward from .back
@ at 0x300000 to lo at 0xfe00c (X = -0x201ffc): Y2 = 0x3c.
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
@ ldc p14, c5, [r0] (0xed905e00, A = 0) -> ldc p14, c5, [r0, #0x14].
g2:     .inst 0xed905e00
        .reloc g2, R_ARM_LDC_PC_G2, far
@ expect g2 bytes: 05 5e 90 ed
        bx lr

        .section .back, "ax", %progbits
        .arm
b0:     .inst 0xe24f2008
        .reloc b0, R_ARM_ALU_PC_G0_NC, lo
@ expect b0 bytes: 80 29 4f e2
b1:     .inst 0xe2422004
        .reloc b1, R_ARM_ALU_PC_G1_NC, lo
@ expect b1 bytes: 7f 2d 42 e2
@ stc p14, c6, [r2] (0xed826e00, A = 0) -> stc p14, c6, [r2, #-0x3c]
@ (0xed026e0f).
b2:     .inst 0xed826e00
        .reloc b2, R_ARM_LDC_PC_G2, lo
@ expect b2 bytes: 0f 6e 02 ed
        bx lr

        .section .far, "a", %progbits
        .globl far
far:    .word 0

        .section .lo, "aw", %progbits
        .globl lo
lo:     .word 0
