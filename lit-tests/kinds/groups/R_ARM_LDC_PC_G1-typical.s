@ R_ARM_LDC_PC_G1: an LDC/STC after one ALU_PC_G0_NC takes Y1 (|X| less
@ G0) as imm8 = Y1 / 4, U = (X >= 0), checked Y1 <= 0x3fc, Y1 % 4 == 0;
@ X = S + A - P (fact sheet 3.12). Fields hand-encoded.
@ Forward: P0 = 0x20000, S = 0x3203c, X = 0x12034: G0 = 0x12000, Y1 =
@ 0x34. Backward: P0 = 0x20008, S = 0xdbe0, X = -0x12430: G0 = 0x12400
@ (imm8 0x49, rot 11), Y1 = 0x30.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fwd=0x3203c
@ relocheck: --section-start=.bwd=0xdbe0
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
f0:     .inst 0xe24f0008
        .reloc f0, R_ARM_ALU_PC_G0_NC, fwd
@ expect f0 bytes: 48 0b 8f e2
@ ldc p14, c5, [r0, #-4] (0xed105e01, A = -4) -> ldc p14, c5, [r0,
@ #0x34] (0xed905e0d).
f1:     .inst 0xed105e01
        .reloc f1, R_ARM_LDC_PC_G1, fwd
@ expect f1 bytes: 0d 5e 90 ed
@ sub r2, pc, #8 -> sub r2, pc, #0x12400 (0xe24f2b49).
b0:     .inst 0xe24f2008
        .reloc b0, R_ARM_ALU_PC_G0_NC, bwd
@ expect b0 bytes: 49 2b 4f e2
@ stc p14, c6, [r2, #-4] (0xed026e01, A = -4) -> stc p14, c6, [r2,
@ #-0x30] (0xed026e0c).
b1:     .inst 0xed026e01
        .reloc b1, R_ARM_LDC_PC_G1, bwd
@ expect b1 bytes: 0c 6e 02 ed
        bx lr

        .section .fwd, "a", %progbits
        .globl fwd
fwd:    .word 0

        .section .bwd, "aw", %progbits
        .globl bwd
bwd:    .word 0
