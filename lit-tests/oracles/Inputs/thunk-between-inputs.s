@ lld puts its Thumb-to-ARM thunk right after .text.a, moving .text.b.
@ relocheck: -Ttext=0x10000
        .syntax unified
        .section .text.a, "ax", %progbits
        .thumb
        .globl _start
        .type _start, %function
_start: b.w h
        bx lr
        .arm
        .type h, %function
h:      bx lr
        .section .text.b, "ax", %progbits
d:      .word d
