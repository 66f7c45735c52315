@ Two input sections named .text in one object (as
@ -fno-unique-section-names makes): lld and GNU ld name a refused site
@ "(.text+0x0)", which both sites here are. Only _start is out of reach.
@ relocheck: --arch=armv7-a --section-start=.far=0x20000
@ expect _start error: 65532 (0xfffc) is not in [-2048, 2046]
        .syntax unified
        .thumb
        .section .text,"ax",%progbits,unique,1
        .globl _start
        .type _start, %function
_start: .inst.n 0xe7fe
        .reloc _start, R_ARM_THM_JUMP11, far
        bx lr
        .section .text,"ax",%progbits,unique,2
        .globl g
        .type g, %function
g:      .inst.n 0xe7fe
        .reloc g, R_ARM_THM_JUMP11, near
        bx lr
        .globl near
        .type near, %function
near:   bx lr
        .section .far,"ax",%progbits
        .globl far
        .type far, %function
far:    bx lr
