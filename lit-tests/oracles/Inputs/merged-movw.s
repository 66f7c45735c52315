@ MOVW/MOVT of strings in a SHF_MERGE|SHF_STRINGS section (what clang -O2
@ emits for string literals on v7; oracles/merged-instruction.test).
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.rodata=0x11000
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
m1:     movw r0, :lower16:.L.s1
        movt r0, :upper16:.L.s1
m2:     movw r1, :lower16:.L.s2
        movt r1, :upper16:.L.s2
m3:     movw r2, :lower16:.L.s3
        movt r2, :upper16:.L.s3
        bx lr
        .section .rodata.str1.1,"aMS",%progbits,1
.L.s1:  .asciz "alpha"
.L.s2:  .asciz "bravo"
.L.s3:  .asciz "charlie"
        .section .rodata,"a",%progbits
        .word 0
