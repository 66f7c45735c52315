@ Group loads whose negative X leaves a residual of 0: relocheck writes
@ U = 0 (AAELF32 takes U from the sign of X), GNU ld 2.40 writes U = 1 for
@ LDR_PC_G2, lld writes U = 0. X = x0 - 0x20000 = -0x12340000: G0 =
@ 0x12000000, G1 = 0x340000, residual 0.
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start:
l0:     .inst 0xe5900000
        .reloc l0, R_ARM_LDR_PC_G2, x0
a0:     .inst 0xe2800000
        .reloc a0, R_ARM_ALU_PC_G2, x1
        bx lr
