@ R_ARM_ABS16: a data halfword X = S + A, written as X & 0xffff (AAELF32
@ "Static Data relocations"; fact sheet 3.15). There is no T: a Thumb
@ function's address stays even. The place needs no alignment (fact sheet
@ 2, Al "-"). Reference example (3.15, GNU ld and model): field 0x0010,
@ S = 0x1234 -> 44 12. Addresses: s1234 0x1234, fnT 0x2040 (Thumb).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.sm=0x1234
@ relocheck: --section-start=.fn=0x2040 --section-start=.halves=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .halves, "aw", %progbits
@ X = 0x1234 + 0x10 = 0x1244.
h1:     .short s1234 + 0x10
@ expect h1 bytes: 44 12
@ X = 0x1234.
h2:     .short s1234
@ expect h2 bytes: 34 12
@ Thumb function, st_value 0x2041: X = S + A = 0x2040 (no T).
h3:     .short fnT
@ expect h3 bytes: 40 20
@ An odd place, 0x30007: X = 0x1234 + 2 = 0x1236.
        .byte 0
h4:     .short s1234 + 2
@ expect h4 bytes: 36 12

        .section .sm, "a", %progbits
        .globl s1234
s1234:  .byte 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
