@ R_ARM_LDR_PC_G2 ends a three-instruction sequence: the load/store takes
@ Y2, what G0 and G1 leave of |X|, in imm12 with U = (X >= 0); checked
@ Y2 <= 0xfff; X = S + A - P (fact sheet 3.12). Reference example (lld,
@ GNU ld, model): P0 = 0x20000, S = 0x14345c, X = 0x123454, `ldr r1,
@ [r0]` -> ldr r1, [r0, #0x14], 0xe5901014.
@ Second sequence, a store backwards from .back at 0x300000 to lo at
@ 0xfe00c: X = -0x201ffc, G0 = 0x200000, G1 = 0x1fc0 (imm8 0x7f, rot 13),
@ Y2 = 0x3c: strb r3, [r2, #-0x3c].
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
@ ldr r1, [r0] (A = 0) -> ldr r1, [r0, #0x14]: loads far.
g2:     .inst 0xe5901000
        .reloc g2, R_ARM_LDR_PC_G2, far
@ expect g2 bytes: 14 10 90 e5
        bx lr

        .section .back, "ax", %progbits
        .arm
@ sub r2, pc, #8 -> sub r2, pc, #0x200000 (0xe24f2980).
b0:     .inst 0xe24f2008
        .reloc b0, R_ARM_ALU_PC_G0_NC, lo
@ expect b0 bytes: 80 29 4f e2
@ sub r2, r2, #4 -> sub r2, r2, #0x1fc0 (0xe2422d7f).
b1:     .inst 0xe2422004
        .reloc b1, R_ARM_ALU_PC_G1_NC, lo
@ expect b1 bytes: 7f 2d 42 e2
@ strb r3, [r2] (A = 0) -> strb r3, [r2, #-0x3c] (0xe542303c).
b2:     .inst 0xe5c23000
        .reloc b2, R_ARM_LDR_PC_G2, lo
@ expect b2 bytes: 3c 30 42 e5
        bx lr

        .section .far, "a", %progbits
        .globl far
far:    .word 0

        .section .lo, "aw", %progbits
        .globl lo
lo:     .word 0
