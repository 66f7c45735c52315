@ R_ARM_CALL needs X % 4 == 0 when the target is ARM (fact sheet 2: Al 4;
@ 3.1: X % 4 == 0). An ARM function cannot sit at an address that is not a
@ multiple of 4, and a REL field scales its addend by 4, so the odd X comes
@ from non-function (STT_NOTYPE, T = 0) labels at addresses 1 and 2 mod 4.
@ Untyped targets keep the producer's BL (fact sheet 4), so both must fail
@ with the misaligned error rather than become BLX.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.odd=0x22000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x22001 - 8 - 0x20000 = 0x1ff9 = 8185.
m1:     bl odd1
@ expect m1 error: R_ARM_CALL against 'odd1': value 8185 (0x1ff9) is not a multiple of 4 (misaligned target)
@ X = 0x22002 - 8 - 0x20004 = 0x1ff6 = 8182.
m2:     bl odd2
@ expect m2 error: R_ARM_CALL against 'odd2': value 8182 (0x1ff6) is not a multiple of 4 (misaligned target)
@ Control: the aligned label next to them links. X = 0x22004 - 8 - 0x20008
@ = 0x1ff4, imm24 0x7fd.
ok1:    bl even
@ expect ok1 branch: even arm
@ expect ok1 bytes: fd 07 00 eb
        bx lr

        .section .odd, "ax", %progbits
        .arm
        .byte 0
odd1:   .byte 0
odd2:   .byte 0, 0
even:   bx lr
