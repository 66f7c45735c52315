@ R_ARM_THM_ALU_PREL_11_0 on armv8-m.base: ADR.W (ADDW/SUBW Rd, PC) needs full
@ Thumb-2 (the Armv8-M Baseline has only the 16-bit ADR, Armv8-M ARM DDI
@ 0553), so the site is an error. llvm-mc will not assemble adr.w there: the
@ field is hand-encoded (F2AF 0004, SUBW r0, pc, #4, A = -4) and planted with
@ .reloc. A 16-bit ADR (THM_PC8) of the same data links (control).
@ relocheck: --arch=armv8-m.base -Ttext=0x20000 --section-start=.lits=0x20040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
d1:     .inst.w 0xf2af0004
        .reloc d1, R_ARM_THM_ALU_PREL_11_0, lit
@ expect d1 error: cannot appear in code for armv8-m.base: the instruction needs full Thumb-2 (v6T2, v7, v8-M Mainline)
@ Pa 0x20004: X = 0x20040 - 4 - 0x20004 = 0x38, imm8 0x0E: ADR r0 0xA00E.
d2:     .inst.n 0xa0ff
        .reloc d2, R_ARM_THM_PC8, lit
@ expect d2 bytes: 0e a0
        bx lr

        .section .lits, "a", %progbits
        .globl lit
lit:    .word 0x11223344
