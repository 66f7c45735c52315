@ R_ARM_THM_JUMP11 to an undefined weak symbol: the ABI leaves Thumb jumps
@ implementation-defined (AAELF32 "Call and Jump relocations"); like lld's
@ calls (reference §4), relocheck writes a branch to the next instruction:
@ target P + 2, so X = -2, imm11 0x7FF, 0xE7FF. armv6-m keeps `b` 16-bit.
@ relocheck: --arch=armv6-m -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .weak missing
        .globl _start
        .type _start, %function
_start:
w1:     b missing
@ expect w1 branch: . + 2 thumb
@ expect w1 bytes: ff e7
        bx lr
