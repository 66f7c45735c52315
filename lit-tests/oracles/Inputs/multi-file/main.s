@ Used by matrix-multi-file.test: this file's BL is right; the problem is
@ the other input's THM_JUMP11, at the same section and offset.
@ relocheck: --arch=armv7-a Inputs/other.s
        .syntax unified
        .text
        .arm
        .globl _start
        .type _start, %function
_start: bl helper
        bx lr
