        .text
        .globl _start
_start: bx lr
        .fill 10, 9, 0
