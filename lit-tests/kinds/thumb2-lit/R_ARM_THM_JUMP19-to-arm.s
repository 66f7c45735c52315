@ R_ARM_THM_JUMP19 can never change state (AAELF32 "Call and Jump
@ relocations"; reference §4): B<c>.W to an ARM function needs a veneer,
@ which the ABI allows for this kind and lld and GNU ld add. With veneers
@ turned off the link must fail and say why.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.armfn=0x22000
@ relocheck: --no-veneers
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
j1:     beq.w fnA
@ expect j1 error: B<c>.W to an ARM function changes state; that needs a veneer
@ Control: the same BEQ.W to a Thumb function links (v = 0x2000A - 4 -
@ 0x20004 = 2: imm11 1).
j2:     beq.w fnT
@ expect j2 branch: fnT thumb
@ expect j2 bytes: 00 f0 01 80
        bx lr
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .armfn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
