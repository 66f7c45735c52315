@ R_ARM_ALU_PC_G0_NC heads a PC-relative group sequence: X = ((S+A)|T) - P,
@ the ADD/SUB gets G0 of |X| (ABI chunking: the lowest even shift whose
@ 8-bit chunk still holds the top set bit), ADD for X >= 0, SUB for X < 0;
@ no overflow check (fact sheet 3.11). Reference example (lld, GNU ld,
@ model): P0 = 0x20000, S = 0x14345c, X = 0x123454, G0 = 0x120000 (imm8
@ 0x48, rot 9), G1 = 0x3440, residual 0x14. Fields hand-encoded with .inst;
@ producers store A = -8, -4, 0 so that every X is S - (P0 + 8).
@ Addresses: far 0x14345c, back 0x300000, lo 0xff004.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x14345c
@ relocheck: --section-start=.back=0x300000 --section-start=.lo=0xff004
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ sub r0, pc, #8 -> add r0, pc, #0x120000 (0xe28f0948).
g0:     .inst 0xe24f0008
        .reloc g0, R_ARM_ALU_PC_G0_NC, far
@ expect g0 bytes: 48 09 8f e2
@ sub r0, r0, #4 -> add r0, r0, #0x3440 (0xe2800dd1).
g1:     .inst 0xe2400004
        .reloc g1, R_ARM_ALU_PC_G1_NC, far
@ expect g1 bytes: d1 0d 80 e2
@ ldr r1, [r0] -> ldr r1, [r0, #0x14] (0xe5901014).
g2:     .inst 0xe5901000
        .reloc g2, R_ARM_LDR_PC_G2, far
@ expect g2 bytes: 14 10 90 e5
        bx lr

@ Backwards, from a second code section at P0 = 0x300000 to lo at 0xff004:
@ X = 0xff004 - 8 - 0x300000 = -0x201004. |X| top bit 21: G0 = 0x200000
@ (imm8 0x80, rot 9), Y1 = 0x1004, G1 = 0x1000 (imm8 0x40, rot 13),
@ Y2 = 4. The opcodes become SUB and the load's U bit is cleared.
        .section .back, "ax", %progbits
        .arm
@ sub r2, pc, #8 -> sub r2, pc, #0x200000 (0xe24f2980).
n0:     .inst 0xe24f2008
        .reloc n0, R_ARM_ALU_PC_G0_NC, lo
@ expect n0 bytes: 80 29 4f e2
@ sub r2, r2, #4 -> sub r2, r2, #0x1000 (0xe2422d40).
n1:     .inst 0xe2422004
        .reloc n1, R_ARM_ALU_PC_G1_NC, lo
@ expect n1 bytes: 40 2d 42 e2
@ ldr r3, [r2] -> ldr r3, [r2, #-4] (0xe5123004).
n2:     .inst 0xe5923000
        .reloc n2, R_ARM_LDR_PC_G2, lo
@ expect n2 bytes: 04 30 12 e5

        .section .far, "a", %progbits
        .globl far
far:    .word 0x12345678

        .section .lo, "a", %progbits
        .globl lo
lo:     .word 0
