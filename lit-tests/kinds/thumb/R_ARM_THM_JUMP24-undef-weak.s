@ R_ARM_THM_JUMP24 to an undefined weak symbol: the ABI leaves jumps
@ implementation-defined (AAELF32 "Call and Jump relocations"); like lld
@ (reference §4: a branch to the next instruction), relocheck writes B.W with
@ v = 0, hw1 0xF000 hw2 0xB800.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .weak missing
        .globl _start
        .type _start, %function
_start:
w1:     b.w missing
@ expect w1 branch: . + 4 thumb
@ expect w1 bytes: 00 f0 00 b8
        bx lr
