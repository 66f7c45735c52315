@ R_ARM_CALL on ARM BL/BLX (A1/A2): X = ((S + A) | T) - P, A = -8 from the
@ assembler (AAELF32 5.6.3; fact sheet 3.1, 3.2). Forward and backward BL to
@ ARM functions, `blx` to an ARM function rewritten as BL (fact sheet 4), and
@ BL to a Thumb function rewritten as BLX with H = X[1].
@ Reference example (3.1): BL at P=0x20000 to ARM fn 0x22000 -> fe 07 00 eb.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
@ relocheck: --section-start=.thumbfn=0x22006 --section-start=.back=0x10000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      call1 R_ARM_CALL 'fnA' P=0x00020000 S=0x00022000 A=-8 T=0 X=0x00001ff8
@ DUMP-NEXT: call2 R_ARM_CALL 'back' P=0x00020008 S=0x00010000 A=-8 T=0 X=0xfffefff0
@ DUMP-NEXT: call3 R_ARM_CALL 'fnA' P=0x0002000c {{.*}} : bl #
@ DUMP-NEXT: call4 R_ARM_CALL 'fnT' P=0x00020010 S=0x00022006 A=-8 T=1 X=0x00001fef {{.*}} : blx #

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x22000 - 8 - 0x20000 = 0x1ff8, imm24 = 0x7fe.
call1:  bl fnA
@ expect call1 branch: fnA arm
@ expect call1 bytes: fe 07 00 eb
        nop
@ Backward: X = 0x10000 - 8 - 0x20008 = -0x10010, imm24 = 0xffbffc.
call2:  bl back
@ expect call2 branch: back arm
@ expect call2 bytes: fc bf ff eb
@ `blx` to an ARM function must become BL (cond 0xe, bit 24 = L):
@ X = 0x22000 - 8 - 0x2000c = 0x1fec, imm24 = 0x7fb -> 0xeb0007fb.
call3:  blx fnA
@ expect call3 branch: fnA arm
@ expect call3 bytes: fb 07 00 eb
@ BL to a Thumb function becomes BLX: X = 0x22007 - 8 - 0x20010 = 0x1fef,
@ H = X[1] = 1, imm24 = X[25:2] = 0x7fb -> 0xfb0007fb, lands on 0x22006.
call4:  bl fnT
@ expect call4 branch: fnT thumb
@ expect call4 bytes: fb 07 00 fb
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

        .section .back, "ax", %progbits
        .arm
        .globl back
        .type back, %function
back:   bx lr
