@ mid-veneer.test: Thumb B.W to an ARM function, with addends that take
@ it into or past the linker's veneer.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.afn=0x20100
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
j1:     b.w fA
@ expect j1 branch: fA arm
j2:     b.w fA + 4
@ expect j2 branch: fA + 4 arm
j3:     b.w fA + 8
@ expect j3 branch: fA + 8 arm
        bx lr
        .section .afn, "ax", %progbits
        .arm
        .globl fA
        .type fA, %function
fA:     nop
        nop
        nop
        bx lr
