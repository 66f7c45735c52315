@ R_ARM_ALU_PC_G1_NC: the second ADD/SUB of a group sequence gets G1, the
@ chunk of |X| left after G0 (fact sheet 3.11), ADD for X >= 0 and SUB for
@ X < 0; never checked. X = ((S+A)|T) - P. Reference example (lld, GNU
@ ld, model): P0 = 0x20000, S = 0x14345c, X = 0x123454, G1 = 0x3440
@ (imm8 0xd1, rot 13). Fields hand-encoded, relocations added with .reloc.
@ Addresses: far 0x14345c; abs symbols g1zero 0x120008, g1neg 0x1cbb8,
@ g1none 0x140014.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x14345c
@ relocheck: --defsym=g1zero=0x120008 --defsym=g1neg=0x1cbb8
@ relocheck: --defsym=g1none=0x140014
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ sub r0, pc, #8 -> add r0, pc, #0x120000.
g0:     .inst 0xe24f0008
        .reloc g0, R_ARM_ALU_PC_G0_NC, far
@ expect g0 bytes: 48 09 8f e2
@ sub r0, r0, #4 -> add r0, r0, #0x3440 (0xe2800dd1).
g1:     .inst 0xe2400004
        .reloc g1, R_ARM_ALU_PC_G1_NC, far
@ expect g1 bytes: d1 0d 80 e2
@ ldr r1, [r0] -> ldr r1, [r0, #0x14].
g2:     .inst 0xe5901000
        .reloc g2, R_ARM_LDR_PC_G2, far
@ expect g2 bytes: 14 10 90 e5
@ Two full chunks: add r1, r1, #0 (A = 0) at 0x2000c, X = 0x120008
@ - 0x2000c = 0xffffc, top bit 19: G0 = 0xff000 (shift 12), Y1 = 0xffc,
@ G1 = 0xff0 (imm8 0xff, rot 14), dropped 0xc: add r1, r1, #0xff0
@ (0xe2811eff).
z1:     .inst 0xe2811000
        .reloc z1, R_ARM_ALU_PC_G1_NC, g1zero
@ expect z1 bytes: ff 1e 81 e2
@ Negative: add r2, r2, #0 at 0x20010, X = 0x1cbb8 - 0x20010 = -0x3458.
@ |X| top bit 13: G0 = 0x3440 (shift 6), Y1 = 0x18, G1 = 0x18: the ADD
@ becomes sub r2, r2, #0x18 (0xe2422018).
n1:     .inst 0xe2822000
        .reloc n1, R_ARM_ALU_PC_G1_NC, g1neg
@ expect n1 bytes: 18 20 42 e2
@ G0 takes all of X: add r3, r3, #0 at 0x20014, X = 0x140014 - 0x20014
@ = 0x120000, G1 = 0: the immediate becomes 0 (add r3, r3, #0).
z2:     .inst 0xe2833000
        .reloc z2, R_ARM_ALU_PC_G1_NC, g1none
@ expect z2 bytes: 00 30 83 e2
        bx lr

        .section .far, "a", %progbits
        .globl far
far:    .word 0x12345678
