@ R_ARM_LDRS_PC_G0 on LDRH/LDRSH/LDRSB/LDRD/STRH/STRD (immediate) with base
@ PC: X = S + A - P, |X| <= 0xff goes to imm4H:imm4L (insn[11:8],
@ insn[3:0]), U = (X >= 0) (fact sheet 3.12). Reference example (lld,
@ GNU ld, model): `ldrh r0, [pc, #-8]` at 0x2001c, X = -0x2c -> 0xe15f02bc.
@ Addresses: lo 0x1fff8, hi 0x20100.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.lo=0x1fff8
@ relocheck: --section-start=.hi=0x20100
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
        .rept 7
        nop
        .endr
@ ldrh r0, [pc, #-8] at 0x2001c: X = 0x1fff8 - 8 - 0x2001c = -0x2c.
h1:     .inst 0xe15f00b8
        .reloc h1, R_ARM_LDRS_PC_G0, lo
@ expect h1 bytes: bc 02 5f e1
@ ldrsb r1, [pc, #-8] at 0x20020: X = 0x20100 - 8 - 0x20020 = 0xd8 ->
@ ldrsb r1, [pc, #0xd8] (0xe1df1dd8).
b1:     .inst 0xe15f10d8
        .reloc b1, R_ARM_LDRS_PC_G0, hi
@ expect b1 bytes: d8 1d df e1
@ ldrd r2, r3, [pc, #-8] at 0x20024: X = 0x20100 - 8 - 0x20024 = 0xd4 ->
@ ldrd r2, r3, [pc, #0xd4] (0xe1cf2dd4).
d1:     .inst 0xe14f20d8
        .reloc d1, R_ARM_LDRS_PC_G0, hi
@ expect d1 bytes: d4 2d cf e1
        bx lr

        .section .lo, "a", %progbits
        .globl lo
lo:     .word 0, 0

        .section .hi, "a", %progbits
        .globl hi
hi:     .word 0, 0
