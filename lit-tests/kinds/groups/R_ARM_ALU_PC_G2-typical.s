@ R_ARM_ALU_PC_G2 ends a three-instruction ADD/SUB sequence with G2 of |X|,
@ checked (Y3 = 0; fact sheet 3.11). Reference example (lld, GNU ld,
@ model): P0 = 0x20000, S = 0x14345c, X = 0x123454, and `add r0, r0, #0`
@ as ALU_PC_G2 -> add r0, r0, #0x14, 0xe2800014.
@ Second sequence, from .hi at 0x10000000 back to lo2 at 0x108: X = 0x108
@ - 8 - 0x10000000 = -0xfffff00 (the same at each place), |X| top bit 27:
@ G0 = 0xff00000 (imm8 0xff, rot 6), G1 = 0xff000 (imm8 0xff, rot 10),
@ G2 = 0xf00 (imm8 0xf0, rot 14), Y3 = 0; all three become SUB.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x14345c
@ relocheck: --section-start=.hi=0x10000000 --section-start=.lo=0x108
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
@ add r0, r0, #0 -> add r0, r0, #0x14 (0xe2800014): r0 = far.
g2:     .inst 0xe2800000
        .reloc g2, R_ARM_ALU_PC_G2, far
@ expect g2 bytes: 14 00 80 e2
        bx lr

        .section .hi, "ax", %progbits
        .arm
@ sub r1, pc, #8 -> sub r1, pc, #0xff00000 (0xe24f16ff).
h0:     .inst 0xe24f1008
        .reloc h0, R_ARM_ALU_PC_G0_NC, lo2
@ expect h0 bytes: ff 16 4f e2
@ sub r1, r1, #4 -> sub r1, r1, #0xff000 (0xe2411aff).
h1:     .inst 0xe2411004
        .reloc h1, R_ARM_ALU_PC_G1_NC, lo2
@ expect h1 bytes: ff 1a 41 e2
@ add r1, r1, #0 -> sub r1, r1, #0xf00 (0xe2411ef0): r1 = lo2.
h2:     .inst 0xe2811000
        .reloc h2, R_ARM_ALU_PC_G2, lo2
@ expect h2 bytes: f0 1e 41 e2
        bx lr

        .section .far, "a", %progbits
        .globl far
far:    .word 0

        .section .lo, "a", %progbits
        .globl lo2
lo2:    .word 0
