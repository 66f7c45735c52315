@ R_ARM_ALU_PC_G1 ends a two-instruction ADD/SUB sequence: it writes G1 of
@ |X| and is checked, so G0 and G1 must hold all of X (Y2 = 0; fact sheet
@ 3.11). X = ((S+A)|T) - P at each place; the producer's addends -8, -4 make
@ both X equal S - (P0 + 8). Fields hand-encoded, .reloc added.
@ Forward: P0 = 0x20000, S = 0x143448, X = 0x123440: G0 = 0x120000 (imm8
@ 0x48, rot 9), G1 = 0x3440 (imm8 0xd1, rot 13), Y2 = 0.
@ Backward: P0 = 0x300000, S = 0xff008, X = -0x201000: G0 = 0x200000
@ (imm8 0x80, rot 9), G1 = 0x1000 (imm8 0x40, rot 13), Y2 = 0.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x143448
@ relocheck: --section-start=.back=0x300000 --section-start=.lo=0xff008
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ sub r0, pc, #8 -> add r0, pc, #0x120000.
f0:     .inst 0xe24f0008
        .reloc f0, R_ARM_ALU_PC_G0_NC, far
@ expect f0 bytes: 48 09 8f e2
@ sub r0, r0, #4 -> add r0, r0, #0x3440: r0 = far.
f1:     .inst 0xe2400004
        .reloc f1, R_ARM_ALU_PC_G1, far
@ expect f1 bytes: d1 0d 80 e2
        bx lr

        .section .back, "ax", %progbits
        .arm
@ sub r2, pc, #8 -> sub r2, pc, #0x200000 (0xe24f2980).
b0:     .inst 0xe24f2008
        .reloc b0, R_ARM_ALU_PC_G0_NC, lo
@ expect b0 bytes: 80 29 4f e2
@ sub r2, r2, #4 -> sub r2, r2, #0x1000 (0xe2422d40): r2 = lo.
b1:     .inst 0xe2422004
        .reloc b1, R_ARM_ALU_PC_G1, lo
@ expect b1 bytes: 40 2d 42 e2
        bx lr

        .section .far, "a", %progbits
        .globl far
far:    .word 0

        .section .lo, "a", %progbits
        .globl lo
lo:     .word 0
