@ R_ARM_THM_CALL to an undefined weak symbol: the call becomes a branch to
@ the next instruction (AAELF32 "Call and Jump relocations": a no-op where
@ symbols cannot be pre-empted). lld writes BL with v = 0, `00 f0 00 f8`
@ (reference §4); a BLX in the object also becomes that BL.
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
w1:     bl missing
@ expect w1 branch: . + 4 thumb
@ expect w1 bytes: 00 f0 00 f8
        nop
w2:     blx missing
@ expect w2 branch: . + 4 thumb
@ expect w2 bytes: 00 f0 00 f8
        bx lr
