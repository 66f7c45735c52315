@ R_ARM_CALL to an undefined weak symbol: the ABI turns the call into a
@ no-op, a branch to the next instruction (AAELF32 5.6.3; fact sheet 4:
@ lld writes BL 0xebffffff, imm24 = -1, P + 8 - 4). A `blx` to it also
@ becomes that BL, since no Thumb code is entered.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .weak missing
        .globl _start
        .type _start, %function
_start:
w1:     bl missing
@ expect w1 branch: . + 4 arm
@ expect w1 bytes: ff ff ff eb
w2:     blx missing
@ expect w2 branch: . + 4 arm
@ expect w2 bytes: ff ff ff eb
        bx lr
