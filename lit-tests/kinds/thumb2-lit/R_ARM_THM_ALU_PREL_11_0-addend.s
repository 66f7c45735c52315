@ R_ARM_THM_ALU_PREL_11_0 REL addend: imm12 = i:imm3:imm8, negated for the
@ subtract form (reference §3.10; AAELF32 "Addends and PC-bias
@ compensation": negated when the instruction is a SUB). Fields are
@ hand-encoded with .inst.w and planted with .reloc:
@   F2AF 0004: SUBW r0, pc, #4:       A = -4 (what llvm-mc writes)
@   F20F 0110: ADDW r1, pc, #0x10:    A = +16
@   F2AF 0220: SUBW r2, pc, #0x20:    A = -32
@   F20F 0300: ADDW r3, pc, #0:       A = 0
@   F6AF 74FF: SUBW r4, pc, #0xFFF:   A = -4095 (i=1 imm3=7 imm8 0xFF)
@   F20F 0510: ADDW r5, pc, #0x10:    A = +16, but X < 0: becomes SUBW
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
@ Pa 0x20000: X = 0x20100 - 4 - 0x20000 = 0xFC: SUBW becomes ADDW.
a1:     .inst.w 0xf2af0004
        .reloc a1, R_ARM_THM_ALU_PREL_11_0, lit
@ expect a1 bytes: 0f f2 fc 00
@ Pa 0x20004: X = 0x20100 + 16 - 0x20004 = 0x10C: imm3 1 imm8 0x0C.
a2:     .inst.w 0xf20f0110
        .reloc a2, R_ARM_THM_ALU_PREL_11_0, lit
@ expect a2 bytes: 0f f2 0c 11
@ Pa 0x20008: X = 0x20100 - 32 - 0x20008 = 0xD8.
a3:     .inst.w 0xf2af0220
        .reloc a3, R_ARM_THM_ALU_PREL_11_0, lit
@ expect a3 bytes: 0f f2 d8 02
@ Pa 0x2000C: X = 0x20100 - 0x2000C = 0xF4.
a4:     .inst.w 0xf20f0300
        .reloc a4, R_ARM_THM_ALU_PREL_11_0, lit
@ expect a4 bytes: 0f f2 f4 03
@ Pa 0x20010: X = 0x21100 - 4095 - 0x20010 = 0xF1: ADDW, i=0.
a5:     .inst.w 0xf6af74ff
        .reloc a5, R_ARM_THM_ALU_PREL_11_0, litFar
@ expect a5 bytes: 0f f2 f1 04
@ Pa 0x20014: X = 0x1FF00 + 16 - 0x20014 = -0x104: SUBW, imm3 1 imm8 0x04.
a6:     .inst.w 0xf20f0510
        .reloc a6, R_ARM_THM_ALU_PREL_11_0, litLow
@ expect a6 bytes: af f2 04 15
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
