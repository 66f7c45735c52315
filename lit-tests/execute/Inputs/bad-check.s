@ relocheck: --arch=armv7-a -Ttext=0x10000 runtime.s
@ check 2 the colon is missing
        .text
        .globl checks
checks: bx lr
