@ R_ARM_THM_JUMP8 to an undefined weak symbol: the ABI leaves Thumb jumps
@ implementation-defined (AAELF32 "Call and Jump relocations"); relocheck
@ writes a branch to the next instruction, as lld does for calls
@ (reference §4): target P + 2, so X = -2, imm8 0xFF, cond kept (BNE:
@ 0xD1FF). armv6-m keeps B<c> 16-bit.
@ relocheck: --arch=armv6-m -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .weak missing
        .globl _start
        .type _start, %function
_start: nop
w1:     bne missing
@ expect w1 branch: . + 2 thumb
@ expect w1 bytes: ff d1
        bx lr
