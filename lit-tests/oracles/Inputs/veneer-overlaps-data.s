@ A Thumb B.W to an ARM function needs a veneer. relocheck places .data
@ right after .text and tells each oracle to put it there too; mold 1.10
@ grows .text by its veneers into .data without a word (lld and GNU ld
@ refuse the overlap), and its B.W then goes to an address both sections
@ claim (oracles/diff-overlap.test).
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bl tf
        movw r0, #:lower16:dat+0x1234
        movt r0, #:upper16:dat+0x1234
        b af
        .word dat+3
        .hword 0x1234
        .byte 7, 8
        .thumb
        .type tf, %function
tf:     bl af
        b.w af
        movw r1, #:lower16:dat+6
        movt r1, #:upper16:dat+6
        bx lr
        .section .text.af, "ax", %progbits
        .arm
        .type af, %function
af:     bx lr
dat2:   .word 5
        .data
dat:    .word tf
        .word af - .
        .hword 0
        .byte 9
