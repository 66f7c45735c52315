@ A TARGET1 word and an ABS32 word to a Thumb function lld's armv4t
@ thunk moves (oracles/moved-site-arch.test).
@ relocheck: --arch=armv4t -Ttext=0x10000 --section-start=.init_array=0x20000
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bl fnT
        bx lr
        .section .text.thumb, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
        .section .init_array, "aw", %init_array
i1:     .word fnT(target1)
i2:     .word fnT
