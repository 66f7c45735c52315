@ A Thumb function named R_ARM_ABS32 with an out-of-range THM_JUMP11: GNU
@ ld's "in function `R_ARM_ABS32':" context line names no refused site.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x30000
        .syntax unified
        .thumb
        .text
        .globl R_ARM_ABS32
        .type R_ARM_ABS32, %function
R_ARM_ABS32:
        .reloc ., R_ARM_THM_JUMP11, far
        .inst.n 0xe7fe
        bx lr
        .data
        .word _start
        .section .far, "ax", %progbits
far:    bx lr
        .text
        .globl _start
        .type _start, %function
_start: bx lr
