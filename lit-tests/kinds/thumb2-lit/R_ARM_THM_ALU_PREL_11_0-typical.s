@ R_ARM_THM_ALU_PREL_11_0: Thumb ADR.W (ADDW/SUBW Rd, PC, #imm12),
@ X = ((S + A) | T) - Pa; X >= 0 writes the add form (0xF20F), X < 0 the
@ subtract form (0xF2AF) with imm12 = |X|, so the opcode follows the sign
@ (AAELF32 Thumb32 relocations; reference §3.10 examples, lld, GNU ld and
@ the model agree: `adr.w r2` at 0x20008 to 0x1FF00, X = -0x10C,
@ `af f2 0c 12`; `adr.w r3` at 0x2000C to 0x20040, X = 0x30,
@ `0f f2 30 03`). llvm-mc writes A = -4 as the subtract form with imm12 4.
@ Every site is also checked by decoding: the address Pa + 4 +/- imm12 must
@ equal Pa + 4 + X.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.lo=0x1ff00 --section-start=.hi=0x20040 --section-start=.fn=0x20080
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: nop.w
        nop.w
d1:     adr.w r2, dataLo
@ expect d1 bytes: af f2 0c 12
d2:     adr.w r3, dataHi
@ expect d2 bytes: 0f f2 30 03
@ To a Thumb function, T is ORed in: X = ((0x20080 - 4) | 1) - 0x20010
@ = 0x6D, add form: the address is fnT | 1, ready for BX/BLX.
d3:     adr.w r4, fnT
@ expect d3 bytes: 0f f2 6d 04
        bx lr

        .section .lo, "a", %progbits
        .globl dataLo
dataLo: .word 1

        .section .hi, "a", %progbits
        .globl dataHi
dataHi: .word 2

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
