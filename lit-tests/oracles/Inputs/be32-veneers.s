@ Long calls in a BE32 link: the oracles' veneers are followed, each unit read big-endian.
@ relocheck: -Ttext=0x10000 --section-start=.far=0x4000000 --be32
        .syntax unified
        .text
        .thumb
        .globl _start
        .type _start, %function
_start:
t1:     bl far
        bx lr
        .arm
        .type aa, %function
aa:
a1:     bl far
        bx lr
        .section .far, "ax", %progbits
        .arm
        .globl far
        .type far, %function
far:    bx lr
