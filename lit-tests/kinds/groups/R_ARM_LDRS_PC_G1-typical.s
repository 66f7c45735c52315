@ R_ARM_LDRS_PC_G1: a halfword/signed-byte/doubleword load or store after
@ one ALU_PC_G0_NC takes Y1 (|X| less G0) in imm4H:imm4L, U = (X >= 0),
@ checked Y1 <= 0xff; X = S + A - P (fact sheet 3.12). Fields hand-encoded.
@ Forward: P0 = 0x20000, S = 0x3203c, X = 0x12034: G0 = 0x12000 (imm8
@ 0x48, rot 11), Y1 = 0x34. Backward: P0 = 0x20008, S = 0xdfa0, X =
@ -0x12070: G0 = 0x12000, Y1 = 0x70.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fwd=0x3203c
@ relocheck: --section-start=.bwd=0xdfa0
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ sub r0, pc, #8 -> add r0, pc, #0x12000 (0xe28f0b48).
f0:     .inst 0xe24f0008
        .reloc f0, R_ARM_ALU_PC_G0_NC, fwd
@ expect f0 bytes: 48 0b 8f e2
@ ldrh r1, [r0, #-4] (A = -4) -> ldrh r1, [r0, #0x34] (0xe1d013b4).
f1:     .inst 0xe15010b4
        .reloc f1, R_ARM_LDRS_PC_G1, fwd
@ expect f1 bytes: b4 13 d0 e1
@ sub r2, pc, #8 -> sub r2, pc, #0x12000 (0xe24f2b48).
b0:     .inst 0xe24f2008
        .reloc b0, R_ARM_ALU_PC_G0_NC, bwd
@ expect b0 bytes: 48 2b 4f e2
@ strh r3, [r2, #-4] (A = -4) -> strh r3, [r2, #-0x70] (0xe14237b0).
b1:     .inst 0xe14230b4
        .reloc b1, R_ARM_LDRS_PC_G1, bwd
@ expect b1 bytes: b0 37 42 e1
        bx lr

        .section .fwd, "a", %progbits
        .globl fwd
fwd:    .word 0

        .section .bwd, "aw", %progbits
        .globl bwd
bwd:    .word 0
