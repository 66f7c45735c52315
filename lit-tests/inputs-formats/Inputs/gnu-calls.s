        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bl fnT
        movw r0, #:lower16:fnT
        movt r0, #:upper16:fnT
        bx lr
        .globl fnA
        .type fnA, %function
fnA:    bx lr

        .section .thumbfn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bl fnA
        bx lr
