@ relocheck: --arch=armv7-a -Ttext=0x10000 runtime.s
@ check 2 the colon is missing
@ check -1: a number below 1
@ check: no number
        .text
        .globl checks
checks: bx lr
