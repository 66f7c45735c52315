@ The second input of ../main.s: a THM_JUMP11 out of its 2 KiB reach.
        .syntax unified
        .text
        .thumb
        .globl helper
        .type helper, %function
helper: .reloc ., R_ARM_THM_JUMP11, far
        .short 0xe000
        bx lr
        .section .far, "ax", %progbits
        .thumb
        .space 4096
        .globl far
        .type far, %function
far:    bx lr
