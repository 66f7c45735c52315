@ A call from the top of the address space: GNU ld puts its veneer at
@ 0xfffffff8, whose literal ends exactly at 2^32 (followed, not dropped).
@ relocheck: -Ttext=0x10000 --section-start=.hi=0xffffffe0
        .syntax unified
        .text
        .arm
        .globl _start
        .type _start, %function
_start: bl hv
        bx lr
        .section .hi, "ax", %progbits
        .globl hv
        .type hv, %function
hv:     nop
        nop
        nop
c1:     bl mid
        bx lr
        .section .mid, "ax", %progbits
        .type mid, %function
mid:    bx lr
