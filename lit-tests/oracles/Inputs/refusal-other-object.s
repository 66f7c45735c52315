        .syntax unified
        .thumb
        .text
        .globl h
        .type h, %function
h:      .inst.n 0xe7fe
        .reloc h, R_ARM_THM_JUMP11, near2
        bx lr
        .globl near2
        .type near2, %function
near2:  bx lr
        .section .far,"ax",%progbits
        .globl far
        .type far, %function
far:    bx lr
