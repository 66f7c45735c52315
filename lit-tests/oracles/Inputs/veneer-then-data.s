@ An ARM B to a Thumb function: relocheck's 8-byte veneer, then .data right
@ after it (ld.lld needs more room there and refuses the layout).
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: b thumbfn
        .thumb
        .type thumbfn, %function
thumbfn: bx lr
        .data
w:      .word thumbfn
