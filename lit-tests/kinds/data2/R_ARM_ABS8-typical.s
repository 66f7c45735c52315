@ R_ARM_ABS8: a data byte X = S + A, written as X & 0xff (AAELF32 "Static
@ Data relocations"; fact sheet 3.15). There is no T: a Thumb function's
@ address stays even. Reference example (3.15, GNU ld and model): field
@ 0x10, S = 0x7c -> 8c. Addresses: s7c 0x7c, fnT 0x40 (Thumb).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.sm=0x7c
@ relocheck: --section-start=.fn=0x40 --section-start=.bytes=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .bytes, "aw", %progbits
@ X = 0x7c + 0x10 = 0x8c.
b1:     .byte s7c + 0x10
@ expect b1 bytes: 8c
@ X = 0x7c.
b2:     .byte s7c
@ expect b2 bytes: 7c
@ Thumb function, st_value 0x41: X = S + A = 0x40 (no T).
b3:     .byte fnT
@ expect b3 bytes: 40
@ X = 0x7c + 3 = 0x7f, at 0x30003.
b4:     .byte s7c + 3
@ expect b4 bytes: 7f

        .section .sm, "a", %progbits
        .globl s7c
s7c:    .byte 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
