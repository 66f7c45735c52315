@ R_ARM_CALL on Armv5TE: BLX (immediate) exists from v5T, so the BL to a
@ Thumb function that R_ARM_CALL-armv4t.s rejects is rewritten to BLX here
@ (fact sheet 4: lld uses BLX on v5TE), and `blx` to an ARM function is
@ rewritten to BL.
@ relocheck: --arch=armv5te -Ttext=0x20000 --section-start=.fn=0x22000
@ relocheck: --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x22000 - 8 - 0x20000 = 0x1ff8, imm24 0x7fe.
call1:  bl fnA
@ expect call1 branch: fnA arm
@ expect call1 bytes: fe 07 00 eb
@ Fact sheet 3.2 example: P = 0x20004, fnT at 0x22006 -> X = 0x1ffb, H = 1,
@ imm24 0x7fe -> 0xfb0007fe.
call2:  bl fnT
@ expect call2 branch: fnT thumb
@ expect call2 bytes: fe 07 00 fb
@ BLX to ARM becomes BL: X = 0x22000 - 8 - 0x20008 = 0x1ff0, imm24 0x7fc.
call3:  blx fnA
@ expect call3 branch: fnA arm
@ expect call3 bytes: fc 07 00 eb
@ BLX to Thumb stays BLX: X = 0x22007 - 8 - 0x2000c = 0x1ff3, H = 1,
@ imm24 0x7fc -> 0xfb0007fc.
call4:  blx fnT
@ expect call4 branch: fnT thumb
@ expect call4 bytes: fc 07 00 fb
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
