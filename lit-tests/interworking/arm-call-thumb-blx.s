@ An ARM BL to a Thumb function becomes BLX with the H bit from X[1]
@ (AAELF32 5.6.3; reference example: P=0x20004, fn at 0x22006 -> fe 07 00 fb).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: nop
call1:  bl fnT
@ expect call1 branch: fnT thumb
@ expect call1 bytes: fe 07 00 fb
        bx lr

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
