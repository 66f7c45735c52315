@ R_ARM_THM_JUMP24 can never change state (AAELF32 "Call and Jump
@ relocations"; reference §4): B.W to an ARM function needs a veneer (lld and
@ GNU ld add one). With --no-veneers the link must fail and say why, on
@ every architecture with ARM state (lit-tests/veneers has the veneers).
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
j1:     b.w fnA
@ expect j1 error: B.W to an ARM function changes state; that needs a veneer
@ Control: the same B.W to a Thumb function links (v = 0x2000A - 4 - 0x20004
@ = 2).
j2:     b.w fnT
@ expect j2 branch: fnT thumb
@ expect j2 bytes: 00 f0 01 b8
        bx lr
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .armfn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
