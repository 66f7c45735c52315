@ --defsym for a symbol the object defines (f) wins, in relocheck and in
@ the oracles, which get it as --defsym too.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=f=0x30000 --defsym=g=0xffffffff --defsym=h=0x30001
        .text
        .globl _start
        .type _start, %function
_start: bl f
        bl g
        bl h
        bx lr
        .globl f
        .type f, %function
f:      bx lr
        .data
        .word f
        .word g
        .word h
