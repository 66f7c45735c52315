@ R_ARM_LDC_PC_G0 on LDC/STC with base PC: X = S + A - P, |X| <= 0x3fc
@ and a multiple of 4, imm8 = |X| / 4, U = (X >= 0) (fact sheet 3.12).
@ Reference example (GNU ld, model; lld has no LDC groups): `ldc p14, c5,
@ [pc, #-8]` at 0x20000, X = 0x40 -> 0xed9f5e10. Addresses: hi 0x20048,
@ lo 0x1ff0c.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.hi=0x20048
@ relocheck: --section-start=.lo=0x1ff0c
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ldc p14, c5, [pc, #-8] (0xed1f5e02): X = 0x20048 - 8 - 0x20000 = 0x40.
c1:     .inst 0xed1f5e02
        .reloc c1, R_ARM_LDC_PC_G0, hi
@ expect c1 bytes: 10 5e 9f ed
@ stc p14, c6, [pc, #-8] (0xed0f6e02) at 0x20004: X = 0x1ff0c - 8
@ - 0x20004 = -0x100 -> stc p14, c6, [pc, #-0x100] (0xed0f6e40).
s1:     .inst 0xed0f6e02
        .reloc s1, R_ARM_LDC_PC_G0, lo
@ expect s1 bytes: 40 6e 0f ed
        bx lr

        .section .hi, "a", %progbits
        .globl hi
hi:     .word 0

        .section .lo, "aw", %progbits
        .globl lo
lo:     .word 0
