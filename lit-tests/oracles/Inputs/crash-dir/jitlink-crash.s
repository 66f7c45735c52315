@ Used by oracle-crash.test: GNU as writes this Thumb B.W to a data label
@ as R_ARM_THM_JUMP24 against the .data section symbol, and LLVM JITLink
@ 22's stub pass crashes on it (signal 11).
        .syntax unified
        .text
        .thumb
        .globl _start
        .type _start, %function
_start: b.w dat
        bx lr
        .data
dat:    .word 0
