@ R_ARM_THM_PC12: Thumb LDR{,B,SB,H,SH} (literal, T2), X = S + A - Pa,
@ U = (X >= 0), imm12 = |X| (AAELF32 Thumb32 relocations; reference §3.9
@ examples: `ldr.w r1` at 0x20004 to 0x1FF00, X = -0x108, `5f f8 08 11`
@ (lld, model); to a literal 0x38 past Pa + 4, `df f8 38 10` (lld, GNU ld,
@ model)). llvm-mc emits THM_PC12 with A = -4 (U=0, imm12 4) for `ldr.w
@ rX, sym` to another section. Every site is also checked by decoding:
@ the load address Pa + 4 +/- imm12 must equal Pa + 4 + X.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.lo=0x1ff00 --section-start=.hi=0x20044
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: nop.w
@ P = 0x20004, Pa 0x20004: X = 0x1FF00 - 4 - 0x20004 = -0x108, U=0.
l1:     ldr.w r1, litLo
@ expect l1 bytes: 5f f8 08 11
@ P = 0x20008 (the reference used Pa 0x20004 and a literal at 0x20040; the
@ same X here): X = 0x20044 - 4 - 0x20008 = 0x38, U=1.
l2:     ldr.w r1, litHi
@ expect l2 bytes: df f8 38 10
@ The other sizes keep their opcode bits: LDRB.W r2 (0xF89F) and
@ LDRSH.W r3 (0xF9BF). X = 0x20045 - 4 - 0x2000C = 0x35 and
@ X = 0x20046 - 4 - 0x20010 = 0x32.
b1:     ldrb.w r2, byteHi
@ expect b1 bytes: 9f f8 35 20
h1:     ldrsh.w r3, halfHi
@ expect h1 bytes: bf f9 32 30
        bx lr

        .section .lo, "a", %progbits
        .globl litLo
litLo:  .word 0x11223344

        .section .hi, "a", %progbits
        .globl litHi, byteHi, halfHi
litHi:  .byte 0x55
byteHi: .byte 0x66
halfHi: .short 0x7788
