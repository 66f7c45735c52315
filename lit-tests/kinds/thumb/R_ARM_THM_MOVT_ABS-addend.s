@ R_ARM_THM_MOVT_ABS REL addend: the imm16 field is a signed 16-bit A, not
@ shifted (AAELF32 "Addends and PC-bias compensation"; reference §3.7).
@ Reference §3.7 example: tgtD = 0x40008, field 0xFFE0 (A = -32),
@ X = 0x3FFE8: MOVT r1 -> c0 f2 03 01 (0x0003). Reading the field unsigned
@ would give 0x0004. Fields are hand-encoded with .inst.w.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ The reference pair: MOVW r1 / MOVT r1, both fields 0xFFE0
@ (hw1 0xF64F / 0xF6CF, hw2 0x71E0).
a1:     .inst.w 0xf64f71e0
        .reloc a1, R_ARM_THM_MOVW_ABS_NC, tgtD
a2:     .inst.w 0xf6cf71e0
        .reloc a2, R_ARM_THM_MOVT_ABS, tgtD
@ expect a1 bytes: 4f f6 e8 71
@ expect a2 bytes: c0 f2 03 01
@ expect a2 value: tgtD - 32
@ expect a1 pair a2: tgtD - 32
@ MOVT r2, #0x8000 (A = -32768): X = 0x38008, MOVT 0x0003.
a3:     .inst.w 0xf2c80200
        .reloc a3, R_ARM_THM_MOVT_ABS, tgtD
@ expect a3 value: tgtD - 0x8000
@ expect a3 bytes: c0 f2 03 02
@ MOVT r3, #0x7FFF (hw1 0xF6C7 hw2 0x73FF, A = +32767): X = 0x48007,
@ MOVT 0x0004. A MOVT addend is not shifted: <<16 would give 0x7FFF0004.
a4:     .inst.w 0xf6c773ff
        .reloc a4, R_ARM_THM_MOVT_ABS, tgtD
@ expect a4 value: tgtD + 0x7FFF
@ expect a4 bytes: c0 f2 04 03
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0
