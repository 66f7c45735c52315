@ R_ARM_THM_MOVW_ABS_NC REL addend: the imm16 field read as a signed 16-bit
@ value (AAELF32 "Addends and PC-bias compensation", MOVW/MOVT exception;
@ reference §3.7). Fields are hand-encoded with .inst.w.
@ Reference §3.7 example: tgtD = 0x40008, field 0xFFE0 (A = -32), X = 0x3FFE8:
@ MOVW r1 -> 4f f6 e8 71.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ MOVW r1, #0xFFE0: hw1 0xF64F hw2 0x71E0.
a1:     .inst.w 0xf64f71e0
        .reloc a1, R_ARM_THM_MOVW_ABS_NC, tgtD
@ expect a1 value: tgtD - 32
@ expect a1 bytes: 4f f6 e8 71
@ MOVW r2, #0x8000 (A = -32768, the most negative): X = 0x40008 - 0x8000
@ = 0x38008, imm16 0x8008.
a2:     .inst.w 0xf2480200
        .reloc a2, R_ARM_THM_MOVW_ABS_NC, tgtD
@ expect a2 value: tgtD - 0x8000
@ expect a2 bytes: 48 f2 08 02
@ MOVW r3, #0x7FFF (hw1 0xF647 hw2 0x73FF, A = +32767): X = 0x48007,
@ imm16 0x8007.
a3:     .inst.w 0xf64773ff
        .reloc a3, R_ARM_THM_MOVW_ABS_NC, tgtD
@ expect a3 value: tgtD + 0x7FFF
@ expect a3 bytes: 48 f2 07 03
@ Odd addend to a Thumb function: X = (0x22040 + 1) | 1 = 0x22041, not
@ 0x22042 (T is ORed, not added). Field MOVW r0, #1: hw1 0xF240 hw2 0x0001.
a4:     .inst.w 0xf2400001
        .reloc a4, R_ARM_THM_MOVW_ABS_NC, fnT
@ expect a4 value: 0x22041
@ expect a4 bytes: 42 f2 41 00
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
