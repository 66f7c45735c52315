@ R_ARM_ALU_PC_G0 on a single ADD/SUB (immediate) with base PC: X =
@ ((S+A)|T) - P must be one group (Y1 = 0); the sign of X picks ADD or SUB
@ (fact sheet 3.11). Reference example (lld, GNU ld, model): `sub r0, pc,
@ #8` with X = -0x1000 -> G0 = 0x1000 with K = 3 (imm8 0x40, rot 13),
@ sub r0, pc, #0x1000, 0xe24f0d40 (not the smallest rotation 0xe24f0a01).
@ The ALU forms include T: an ADR to a Thumb function gets bit 0.
@ Addresses: back 0x1f008, thumbfar 0x200fc, wide 0x5fc10.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.back=0x1f008
@ relocheck: --section-start=.thumbfar=0x200fc --section-start=.wide=0x5fc10
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x1f008 - 8 - 0x20000 = -0x1000.
n1:     .inst 0xe24f0008
        .reloc n1, R_ARM_ALU_PC_G0, back
@ expect n1 bytes: 40 0d 4f e2
@ Thumb target: X = ((0x200fc - 8) | 1) - 0x20004 = 0xf1, so the ADD
@ leaves bit 0 set: add r3, pc, #0xf1 (0xe28f30f1), r3 = thumbfn | 1.
t1:     .inst 0xe24f3008
        .reloc t1, R_ARM_ALU_PC_G0, thumbfn
@ expect t1 bytes: f1 30 8f e2
@ A rotated group: X = 0x5fc10 - 8 - 0x20008 = 0x3fc00, top bit 17,
@ G0 = 0x3fc00 (imm8 0xff, rot 11): add r1, pc, #0x3fc00 (0xe28f1bff).
w1:     .inst 0xe24f1008
        .reloc w1, R_ARM_ALU_PC_G0, wide
@ expect w1 bytes: ff 1b 8f e2
        bx lr

        .section .back, "a", %progbits
        .globl back
back:   .word 0

        .section .wide, "a", %progbits
        .globl wide
wide:   .word 0

        .section .thumbfar, "ax", %progbits
        .thumb
        .globl thumbfn
        .type thumbfn, %function
thumbfn:
        bx lr
