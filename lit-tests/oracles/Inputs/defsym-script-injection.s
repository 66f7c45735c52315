@ A --defsym name that is linker-script syntax: never passed on.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=f=0x30000 --defsym=g=0xffffffff --defsym=INCLUDE"/nonexistent-relocheck-file"c=0x20
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
