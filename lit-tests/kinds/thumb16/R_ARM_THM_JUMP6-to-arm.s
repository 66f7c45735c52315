@ R_ARM_THM_JUMP6 to an ARM-state function: CBZ cannot change state and
@ AAELF32 "Call and Jump relocations" allows no veneer for it, so the link
@ must fail (reference §4). CBZ r0 field 0xB3F0 (A = -4) via .reloc.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.armfn=0x20040 --section-start=.thumbfn=0x20060
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
c1:     .inst.n 0xb3f0
        .reloc c1, R_ARM_THM_JUMP6, fnA
@ expect c1 error: a 16-bit Thumb branch cannot reach an ARM function, and AAELF32 allows no veneer here
@ Control: X = 0x20060 - 4 - 0x20002 = 0x5A: i=1 imm5=0x0D, 0xB368.
c2:     .inst.n 0xb3f0
        .reloc c2, R_ARM_THM_JUMP6, fnT
@ expect c2 branch: fnT thumb
@ expect c2 bytes: 68 b3
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
