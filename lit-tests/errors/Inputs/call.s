        .arm
        .text
        .globl _start
        .type _start, %function
_start: bl _start
