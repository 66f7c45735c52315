@ Words pointing into .debug_str, whose strings GNU ld and mold merge (a
@ string that is the tail of another is kept once) and mold reorders:
@ their words differ from relocheck's, which concatenates, and `diff`
@ judges them by the string each points at (diff-non-alloc.test).
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .debug_str, "MS", %progbits, 1
s_msg:  .asciz "msg"
s_g:    .asciz "g"
s_main: .asciz "main"

        .section .debug_info, "", %progbits
w1:     .word s_msg
@ expect w1 value: 0
w2:     .word s_g
@ expect w2 value: 4
w3:     .word s_main
@ expect w3 value: 6
