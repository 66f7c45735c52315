@ R_ARM_CALL on Armv4T: there is no BLX, so a BL to an ARM function is
@ patched as usual but a BL to a Thumb function cannot be rewritten to BLX
@ and needs a veneer (fact sheet 4, per-architecture table: v4T veneer),
@ which relocheck reports as an error. Compare R_ARM_CALL-armv5te.s.
@ relocheck: --arch=armv4t -Ttext=0x20000 --section-start=.fn=0x22000
@ relocheck: --no-veneers
@ relocheck: --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ Same bytes as on v7: X = 0x1ff8, imm24 0x7fe.
call1:  bl fnA
@ expect call1 branch: fnA arm
@ expect call1 bytes: fe 07 00 eb
call2:  bl fnT
@ expect call2 error: R_ARM_CALL against 'fnT': a call to Thumb needs BLX, which armv4t does not have; that needs a veneer
        bx lr

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
