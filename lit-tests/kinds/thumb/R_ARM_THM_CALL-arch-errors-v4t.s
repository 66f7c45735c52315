@ R_ARM_THM_CALL on Armv4T: BLX does not exist before v5T, so a Thumb call to
@ an ARM function needs a veneer (AAELF32 "Call and Jump relocations"; lld and
@ GNU ld both add one, reference §4). relocheck's core makes no veneers, so
@ the link must fail and say why. A BL between Thumb functions still links,
@ using the pre-Thumb-2 encoding (J1 = J2 = 1).
@ relocheck: --arch=armv4t -Ttext=0x20000 --section-start=.armfn=0x22000
@ relocheck: --no-veneers
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
v1:     bl fnA
@ expect v1 error: a call to ARM needs BLX, which armv4t does not have; that needs a veneer
v2:     bl fnT
@ P = 0x20004, S = 0x2000A: v = 2 -> hw1 0xF000, hw2 0xF801.
@ expect v2 branch: fnT thumb
@ expect v2 bytes: 00 f0 01 f8
        bx lr
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .armfn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
