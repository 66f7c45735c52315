@ R_ARM_JUMP24 never changes state: B and BL<c> cannot become BLX, so a
@ Thumb function target needs a veneer (AAELF32 5.6.3; fact sheet 4: lld
@ and GNU ld add one). relocheck makes no veneers yet, so each such site
@ must fail with the veneer error; the ARM control site must still link.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
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
v1:     b fnT
@ expect v1 error: R_ARM_JUMP24 against 'fnT': B/BL<c> to a Thumb function changes state; that needs a veneer
v2:     beq fnT
@ expect v2 error: R_ARM_JUMP24 against 'fnT': B/BL<c> to a Thumb function changes state; that needs a veneer
v3:     bllt fnT
@ expect v3 error: R_ARM_JUMP24 against 'fnT': B/BL<c> to a Thumb function changes state; that needs a veneer
@ Control: X = 0x22000 - 8 - 0x2000c = 0x1fec, imm24 0x7fb.
ok1:    b fnA
@ expect ok1 branch: fnA arm
@ expect ok1 bytes: fb 07 00 ea

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
