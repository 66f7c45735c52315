@ Only an unconditional BL (or BLX) carries R_ARM_CALL; a conditional BL<c>
@ carries R_ARM_JUMP24 (AAELF32 5.6.3; fact sheet 2, rows 28 and 29), so it
@ is never rewritten to BLX and a Thumb target needs a veneer (an error in
@ relocheck). The DUMP lines check the relocation type llvm-mc chose; dump
@ exits non-zero because cond2 fails.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
@ relocheck: --no-veneers
@ relocheck: --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ RUN: not relocheck dump --no-veneers %s 2>/dev/null | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      call1 R_ARM_CALL 'fnA' P=0x00020000
@ DUMP-NEXT: cond1 R_ARM_JUMP24 'fnA' P=0x00020004
@ DUMP-NEXT: cond2 R_ARM_JUMP24 'fnT' P=0x00020008 {{.*}} error:

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
call1:  bl fnA
@ expect call1 branch: fnA arm
@ expect call1 bytes: fe 07 00 eb
@ BLNE keeps cond 0x1: X = 0x22000 - 8 - 0x20004 = 0x1ff4, imm24 0x7fd.
cond1:  blne fnA
@ expect cond1 branch: fnA arm
@ expect cond1 bytes: fd 07 00 1b
cond2:  blne fnT
@ expect cond2 error: R_ARM_JUMP24 against 'fnT': B/BL<c> to a Thumb function changes state; that needs a veneer
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
