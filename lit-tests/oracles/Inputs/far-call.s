@ A call out of BL's reach: each linker places a veneer
@ (oracles/veneer-condition.test).
@ relocheck: --arch=armv7-a --section-start=.far=0x3000000
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
c1:     bl far
        bx lr
        .section .far, "ax", %progbits
        .type far, %function
        .globl far
far:    bx lr
