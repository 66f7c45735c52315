@ R_ARM_LDR_PC_G1: an LDR/STR/LDRB/STRB (immediate) after one ALU_PC_G0_NC
@ takes the residual Y1 of |X| (after G0) in imm12, U = (X >= 0), checked
@ Y1 <= 0xfff; X = S + A - P, no T (fact sheet 3.12). Fields hand-encoded.
@ Forward: P0 = 0x20000, S = 0x3234d, X = 0x12345: G0 = 0x12000 (imm8
@ 0x48, rot 11), Y1 = 0x345. Backward: P0 = 0x20008, S = 0xdccb, X =
@ -0x12345. For comparison the older R_ARM_LDR_PC_G0 reference example
@ (3.12, lld/GNU ld/model): `ldr r0, [pc, #-8]` at 0x20020, X = 0x100 ->
@ 0xe59f0100.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fwd=0x3234d
@ relocheck: --section-start=.bwd=0xdccb --section-start=.lit=0x20128
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
@ ldrb r1, [r0, #-4] (A = -4) -> ldrb r1, [r0, #0x345] (0xe5d01345).
f1:     .inst 0xe5501004
        .reloc f1, R_ARM_LDR_PC_G1, fwd
@ expect f1 bytes: 45 13 d0 e5
@ sub r2, pc, #8 -> sub r2, pc, #0x12000 (0xe24f2b48).
b0:     .inst 0xe24f2008
        .reloc b0, R_ARM_ALU_PC_G0_NC, bwd
@ expect b0 bytes: 48 2b 4f e2
@ str r3, [r2, #-4] (A = -4) -> str r3, [r2, #-0x345] (0xe5023345).
b1:     .inst 0xe5023004
        .reloc b1, R_ARM_LDR_PC_G1, bwd
@ expect b1 bytes: 45 33 02 e5
        .rept 4
        nop
        .endr
@ R_ARM_LDR_PC_G0 at 0x20020: X = 0x20128 - 8 - 0x20020 = 0x100.
l0:     .inst 0xe51f0008
        .reloc l0, R_ARM_LDR_PC_G0, lit
@ expect l0 bytes: 00 01 9f e5
        bx lr

        .section .fwd, "a", %progbits
        .globl fwd
fwd:    .byte 0

        .section .bwd, "a", %progbits
        .globl bwd
bwd:    .byte 0

        .section .lit, "a", %progbits
        .globl lit
lit:    .word 0
