@ An ALU group whose X is -2^31: AAELF32 takes the opcode from X's sign
@ (SUB #0x80000000, as relocheck and lld write it); GNU ld 2.40 writes
@ ADD #0x80000000, which adds the same mod 2^32. X = far - 8 - 0x10000.
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start:
g0:     .inst 0xe24f0008
        .reloc g0, R_ARM_ALU_PC_G0, far
        bx lr
