@ Orphans under a script (layout/orphans.test): a code, a data and a
@ zero-fill section no rule takes, and names that only start like .data.
        .text
        .globl _start
_start: bx lr
        .section .text.f1, "ax", %progbits
f1:     bx lr
        .section .database, "aw", %progbits
        .word 1
        .section .mybss, "aw", %nobits
        .space 8
        .data
dw:     .word _end
        .bss
        .space 4
