@ R_ARM_THM_JUMP8 to an ARM-state function: a 16-bit B<c> cannot change
@ state, and AAELF32 "Call and Jump relocations" allows no veneer for it, so
@ the link must fail (reference §4). The BEQ field (0xD0FE, A = -4) is
@ planted with .reloc since llvm-mc widens B<c> to another section on v7.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.armfn=0x20080 --section-start=.thumbfn=0x20040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
j1:     .inst.n 0xd0fe
        .reloc j1, R_ARM_THM_JUMP8, fnA
@ expect j1 error: a 16-bit Thumb branch cannot reach an ARM function, and AAELF32 allows no veneer here
@ Control: the same field to a Thumb function links. X = 0x20040 - 4 -
@ 0x20002 = 0x3A: imm8 0x1D.
j2:     .inst.n 0xd0fe
        .reloc j2, R_ARM_THM_JUMP8, fnT
@ expect j2 branch: fnT thumb
@ expect j2 bytes: 1d d0
        bx lr

        .section .armfn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr

        .section .thumbfn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
