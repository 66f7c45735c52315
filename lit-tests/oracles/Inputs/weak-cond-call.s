@ Conditional and plain calls to an undefined weak symbol, ARM and Thumb
@ (oracles/opcode-change.test).
@ relocheck: --arch=armv7-a -Ttext=0x20000
        .syntax unified
        .weak wk
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
c1:     bleq wk
c2:     bl wk
c3:     blne wk
        bx lr
        .thumb
        .type tf, %function
tf:
        it eq
t1:     bleq wk
t2:     bl wk
        bx lr
