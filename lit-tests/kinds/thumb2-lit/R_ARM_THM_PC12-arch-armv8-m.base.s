@ R_ARM_THM_PC12 on armv8-m.base: LDR.W (literal, T2) needs full Thumb-2 (the
@ Armv8-M Baseline has only the 16-bit LDR literal, Armv8-M ARM DDI 0553), so
@ a THM_PC12 site is an error. llvm-mc will not assemble ldr.w there: the
@ field is hand-encoded (F85F 1004, LDR.W r1 with A = -4) and planted with
@ .reloc. A 16-bit LDR (THM_PC8) of the same literal links (control).
@ relocheck: --arch=armv8-m.base -Ttext=0x20000 --section-start=.lits=0x20040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
l1:     .inst.w 0xf85f1004
        .reloc l1, R_ARM_THM_PC12, lit
@ expect l1 error: cannot appear in code for armv8-m.base: the instruction needs full Thumb-2 (v6T2, v7, v8-M Mainline)
@ Pa 0x20004: X = 0x20040 - 4 - 0x20004 = 0x38, imm8 0x0E: 0x490E.
l2:     .inst.n 0x49ff
        .reloc l2, R_ARM_THM_PC8, lit
@ expect l2 bytes: 0e 49
        bx lr

        .section .lits, "a", %progbits
        .globl lit
lit:    .word 0x11223344
