@ A program that never exits: `relocheck run` must kill it at the timeout.
@ relocheck: --arch=armv7-a -Ttext=0x10000 runtime.s
@ check 1: spins forever
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: mov     r11, #1
1:      b       1b
