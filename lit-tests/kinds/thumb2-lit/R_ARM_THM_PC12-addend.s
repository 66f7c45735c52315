@ R_ARM_THM_PC12 REL addend: U ? imm12 : -imm12 (reference §3.9; AAELF32
@ "Addends and PC-bias compensation": negated for U = 0). Fields are
@ hand-encoded with .inst.w and planted with .reloc:
@   F85F 1004: LDR.W r1, U=0 imm12 4:       A = -4 (what llvm-mc writes)
@   F8DF 2010: LDR.W r2, U=1 imm12 0x10:    A = +16
@   F85F 3020: LDR.W r3, U=0 imm12 0x20:    A = -32
@   F81F 4FFF: LDRB.W r4, U=0 imm12 0xFFF:  A = -4095
@   F8DF 5000: LDR.W r5, U=1 imm12 0:       A = 0
@   F8DF 6010: LDR.W r6, U=1 imm12 0x10:    A = +16, but X < 0: U flips to 0
@ lit is at 0x20100, litFar at 0x21100, litLow at 0x1FF00.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.lits=0x20100 --section-start=.far=0x21100 --section-start=.low=0x1ff00
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ Pa 0x20000: X = 0x20100 - 4 - 0x20000 = 0xFC, U=1.
a1:     .inst.w 0xf85f1004
        .reloc a1, R_ARM_THM_PC12, lit
@ expect a1 bytes: df f8 fc 10
@ Pa 0x20004: X = 0x20100 + 16 - 0x20004 = 0x10C.
a2:     .inst.w 0xf8df2010
        .reloc a2, R_ARM_THM_PC12, lit
@ expect a2 bytes: df f8 0c 21
@ Pa 0x20008: X = 0x20100 - 32 - 0x20008 = 0xD8.
a3:     .inst.w 0xf85f3020
        .reloc a3, R_ARM_THM_PC12, lit
@ expect a3 bytes: df f8 d8 30
@ Pa 0x2000C: X = 0x21100 - 4095 - 0x2000C = 0xF5, LDRB.W U=1.
a4:     .inst.w 0xf81f4fff
        .reloc a4, R_ARM_THM_PC12, litFar
@ expect a4 bytes: 9f f8 f5 40
@ Pa 0x20010: X = 0x20100 - 0x20010 = 0xF0.
a5:     .inst.w 0xf8df5000
        .reloc a5, R_ARM_THM_PC12, lit
@ expect a5 bytes: df f8 f0 50
@ Pa 0x20014: X = 0x1FF00 + 16 - 0x20014 = -0x104, U=0 imm12 0x104.
a6:     .inst.w 0xf8df6010
        .reloc a6, R_ARM_THM_PC12, litLow
@ expect a6 bytes: 5f f8 04 61
        bx lr

        .section .lits, "a", %progbits
        .globl lit
lit:    .word 0x11223344
        .space 0x20

        .section .far, "a", %progbits
        .globl litFar
litFar: .word 0

        .section .low, "a", %progbits
        .globl litLow
litLow: .word 0
