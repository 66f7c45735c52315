@ A Thumb call to a function in another section, assembled by the test
@ for different architectures (no '@ relocheck:' lines: an object input).
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
c1:     bl farT
        bx lr
        .section .far, "ax", %progbits
        .globl farT
        .type farT, %function
farT:   bx lr
