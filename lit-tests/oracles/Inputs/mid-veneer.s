@ mid-veneer.test: ARM branches to a Thumb function through veneers, one
@ with an addend that takes it into the middle of the linker's veneer.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tfn=0x20100
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
k1:     b fT
@ expect k1 branch: fT thumb
k2:     b fT + 4
@ expect k2 branch: fT + 4 thumb
        bx lr
        .section .tfn, "ax", %progbits
        .thumb
        .globl fT
        .type fT, %function
fT:     nop
        nop
        bx lr
