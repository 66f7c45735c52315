@ R_ARM_THM_MOVW_PREL_NC REL addend: the imm16 field as a signed 16-bit A
@ (reference §3.7). Fields are hand-encoded with .inst.w; tgtD = 0x40008.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ MOVW r1, #0xFFE0 (A = -32): X = 0x40008 - 32 - 0x20000 = 0x1FFE8.
a1:     .inst.w 0xf64f71e0
        .reloc a1, R_ARM_THM_MOVW_PREL_NC, tgtD
@ expect a1 value: tgtD - 32 - .
@ expect a1 bytes: 4f f6 e8 71
@ MOVW r2, #0x8000 (A = -32768): X = 0x40008 - 0x8000 - 0x20004 = 0x18004.
a2:     .inst.w 0xf2480200
        .reloc a2, R_ARM_THM_MOVW_PREL_NC, tgtD
@ expect a2 value: tgtD - 0x8000 - .
@ expect a2 bytes: 48 f2 04 02
@ MOVW r3, #0x7FFF (A = +32767): X = 0x48007 - 0x20008 = 0x27FFF.
a3:     .inst.w 0xf64773ff
        .reloc a3, R_ARM_THM_MOVW_PREL_NC, tgtD
@ expect a3 value: tgtD + 0x7FFF - .
@ expect a3 bytes: 47 f6 ff 73
@ MOVW r0, #1 (A = +1) to Thumb fnT = 0x22040, P = 0x2000C:
@ X = ((0x22040 + 1) | 1) - P = 0x2035, not 0x2036 (T is ORed, not added).
a4:     .inst.w 0xf2400001
        .reloc a4, R_ARM_THM_MOVW_PREL_NC, fnT
@ expect a4 value: 0x22041 - .
@ expect a4 bytes: 42 f2 35 00
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
