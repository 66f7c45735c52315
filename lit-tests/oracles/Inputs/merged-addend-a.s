@ For merged-judge.test: an earlier copy of the constant and the string
@ that merged-addend-b.s names, so that the linkers merge them.
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .section .rodata.cst4, "aM", %progbits, 4
        .word 0x11111111
        .word 0x33333333
        .section .rodata.str1.1, "aMS", %progbits, 1
        .asciz "hello"
        .asciz "zzz"
