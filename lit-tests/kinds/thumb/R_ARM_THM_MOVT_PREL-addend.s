@ R_ARM_THM_MOVT_PREL REL addend: the imm16 field as a signed 16-bit A, not
@ shifted (reference §3.7: reading MOVT's field unsigned loses the borrow).
@ Fields are hand-encoded with .inst.w; tgtD = 0x40008.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ MOVT r1, #0xFFE0 (A = -32), P = 0x20000: X = 0x40008 - 32 - 0x20000
@ = 0x1FFE8, MOVT 0x0001 (unsigned reading: 0x2FFE8 -> 0x0002).
a1:     .inst.w 0xf6cf71e0
        .reloc a1, R_ARM_THM_MOVT_PREL, tgtD
@ expect a1 value: tgtD - 32 - .
@ expect a1 bytes: c0 f2 01 01
@ MOVT r2, #0x8000 (A = -32768), P = 0x20004: X = 0x18004, MOVT 0x0001.
a2:     .inst.w 0xf2c80200
        .reloc a2, R_ARM_THM_MOVT_PREL, tgtD
@ expect a2 value: tgtD - 0x8000 - .
@ expect a2 bytes: c0 f2 01 02
@ MOVT r3, #0x7FFF (A = +32767), P = 0x20008: X = 0x27FFF, MOVT 0x0002.
a3:     .inst.w 0xf6c773ff
        .reloc a3, R_ARM_THM_MOVT_PREL, tgtD
@ expect a3 value: tgtD + 0x7FFF - .
@ expect a3 bytes: c0 f2 02 03
@ The MOVW/MOVT pair with both fields 0xFFE0 at P = 0x2000C / 0x20010:
@ MOVW X = 0x1FFDC, MOVT X = 0x1FFD8 (each uses its own P).
a4:     .inst.w 0xf64f71e0
        .reloc a4, R_ARM_THM_MOVW_PREL_NC, tgtD
a5:     .inst.w 0xf6cf71e0
        .reloc a5, R_ARM_THM_MOVT_PREL, tgtD
@ expect a4 bytes: 4f f6 dc 71
@ expect a5 bytes: c0 f2 01 01
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0
