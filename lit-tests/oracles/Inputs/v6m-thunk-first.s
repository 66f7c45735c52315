@ A v6-M call whose veneer fits only before .text (lit-tests/oracles/diff-thunks-first.test).
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: movs r4, #0
        movs r0, #40
        movs r1, #2
c1:     bl far
        mov r0, r4
        movs r7, #1
        svc #0
        .space 0xffff00
        .section .text.b, "ax", %progbits
        .space 0x1000000
        .section .far, "ax", %progbits
        .globl far
        .type far, %function
far:    adds r4, r0, r4
        adds r4, r4, r1
        bx lr
