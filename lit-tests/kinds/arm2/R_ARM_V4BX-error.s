@ R_ARM_V4BX must mark a `BX Rm` (A1): the ABI defines it only for that
@ instruction (fact sheet 2, row 40), so any other word at the place is an
@ error naming what was found, including the look-alikes BXJ and BLX
@ (register), MOV pc, lr, a data word and a Thumb BX. An ARM instruction
@ place must also be word aligned.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ NOP (0xe320f000).
e1:     nop
        .reloc e1, R_ARM_V4BX, fnA
@ expect e1 error: R_ARM_V4BX against 'fnA': expected BX Rm (A1) at the place, found 0xe320f000
@ BXJ r3 (0xe12fff23).
e2:     .inst 0xe12fff23
        .reloc e2, R_ARM_V4BX, fnA
@ expect e2 error: R_ARM_V4BX against 'fnA': expected BX Rm (A1) at the place, found 0xe12fff23
@ BLX r3 (0xe12fff33).
e3:     blx r3
        .reloc e3, R_ARM_V4BX, fnA
@ expect e3 error: R_ARM_V4BX against 'fnA': expected BX Rm (A1) at the place, found 0xe12fff33
@ MOV pc, lr (0xe1a0f00e): what GNU ld's --fix-v4bx writes, not a BX.
e4:     mov pc, lr
        .reloc e4, R_ARM_V4BX, fnA
@ expect e4 error: R_ARM_V4BX against 'fnA': expected BX Rm (A1) at the place, found 0xe1a0f00e
@ A data word 0.
e5:     .word 0
        .reloc e5, R_ARM_V4BX, fnA
@ expect e5 error: R_ARM_V4BX against 'fnA': expected BX Rm (A1) at the place, found 0x00000000
@ Place 0x20015 is not word aligned (the word there is a BX r3).
        .byte 0
e6:     .inst 0xe12fff13
        .reloc e6, R_ARM_V4BX, fnA
@ expect e6 error: R_ARM_V4BX against 'fnA': the place 0x20015 is not 4-byte aligned, as an ARM instruction must be
        .byte 0, 0, 0
@ Thumb `bx r3` (0x4718) then `bx lr` (0x4770): read as 0x47704718.
        .thumb
e7:     bx r3
        .reloc e7, R_ARM_V4BX, fnA
@ expect e7 error: R_ARM_V4BX against 'fnA': expected BX Rm (A1) at the place, found 0x47704718
        bx lr

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
