@ R_ARM_THM_JUMP11 to an ARM-state function: a 16-bit B cannot change state,
@ and AAELF32 "Call and Jump relocations" allows veneers only for PC24, CALL,
@ JUMP24, THM_CALL, THM_JUMP24 and THM_JUMP19, so the link must fail
@ (reference §4). The B field (0xE7FE, A = -4) is planted with .reloc since
@ llvm-mc widens `b` to another section on armv7-a.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.armfn=0x20100 --section-start=.thumbfn=0x20200
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
j1:     .inst.n 0xe7fe
        .reloc j1, R_ARM_THM_JUMP11, fnA
@ expect j1 error: a 16-bit Thumb branch cannot reach an ARM function, and AAELF32 allows no veneer here
@ Control: the same field to a Thumb function links. X = 0x20200 - 4 -
@ 0x20002 = 0x1FA: imm11 0x0FD.
j2:     .inst.n 0xe7fe
        .reloc j2, R_ARM_THM_JUMP11, fnT
@ expect j2 branch: fnT thumb
@ expect j2 bytes: fd e0
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
