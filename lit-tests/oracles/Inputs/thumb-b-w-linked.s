@ Used by oracle-crash.test: a Thumb B.W to a function, which JITLink
@ links (beside jitlink-crash.s, which it crashes on).
        .syntax unified
        .text
        .thumb
        .globl _start
        .type _start, %function
_start: b.w f
        bx lr
        .globl f
        .type f, %function
f:      bx lr
