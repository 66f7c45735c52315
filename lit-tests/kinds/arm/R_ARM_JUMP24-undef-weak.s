@ R_ARM_JUMP24 to an undefined weak symbol. The ABI leaves jumps
@ implementation-defined (only calls must become no-ops); relocheck follows
@ lld (fact sheet 4, measured): a branch to the next instruction, with the
@ condition kept: B 0xeaffffff (imm24 = -1, P + 8 - 4).
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
w1:     b missing
@ expect w1 branch: . + 4 arm
@ expect w1 bytes: ff ff ff ea
w2:     bne missing
@ expect w2 branch: . + 4 arm
@ expect w2 bytes: ff ff ff 1a
        bx lr
