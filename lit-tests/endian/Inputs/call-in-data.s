@ An instruction relocation on a field planted with .word (mapping symbol $d).
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
        mov r4, #1
c1:     .word 0xebfffffe
        .reloc c1, R_ARM_CALL, fn
        mov r0, r4
        mov r7, #1
        svc #0
        .type fn, %function
fn:     add r4, r4, #5
        bx lr
