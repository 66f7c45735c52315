@ R_ARM_THM_JUMP19 to an undefined weak symbol: the ABI leaves jumps
@ implementation-defined (AAELF32 "Call and Jump relocations"); like lld
@ (reference §4: a branch to the next instruction), relocheck writes
@ B<c>.W with v = 0, cond kept: BNE.W hw1 0xF040 hw2 0x8000.
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
w1:     bne.w missing
@ expect w1 branch: . + 4 thumb
@ expect w1 bytes: 40 f0 00 80
        bx lr
