@ R_ARM_LDC_PC_G2 REL addend (fact sheet 1 and 3.12): imm8 * 4, negated
@ when U = 0. Fields hand-encoded; targets are absolute symbols y0..y2.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x143454 --defsym=y1=0xffefcbc4 --defsym=y2=0x10120008
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_LDC_PC_G2 'y0' P=0x00020000 S=0x00143454 A=0 T=0 X=0x00123454 : 05 5e 90 ed
@ DUMP-NEXT: a1 R_ARM_LDC_PC_G2 'y1' P=0x00020004 S=0xffefcbc4 A=-20 T=0 X=0xffedcbac : 05 5e 10 ed
@ DUMP-NEXT: a2 R_ARM_LDC_PC_G2 'y2' P=0x00020008 S=0x10120008 A=1020 T=0 X=0x101003fc : ff 5e 90 ed

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ldc p14, c5, [r0]: A = 0. Y2 of 0x123454 is 0x14.
@ X = y0 + (0) - 0x20000 = 0x123454.
a0:     .inst 0xed905e00
        .reloc a0, R_ARM_LDC_PC_G2, y0
@ expect a0 bytes: 05 5e 90 ed
@ ldc p14, c5, [r0, #-0x14]: A = -20.
@ X = y1 + (-20) - 0x20004 = -0x123454.
a1:     .inst 0xed105e05
        .reloc a1, R_ARM_LDC_PC_G2, y1
@ expect a1 bytes: 05 5e 10 ed
@ ldc p14, c5, [r0, #0x3fc]: A = 1020.
@ X = y2 + (1020) - 0x20008 = 0x101003fc.
a2:     .inst 0xed905eff
        .reloc a2, R_ARM_LDC_PC_G2, y2
@ expect a2 bytes: ff 5e 90 ed
        bx lr
