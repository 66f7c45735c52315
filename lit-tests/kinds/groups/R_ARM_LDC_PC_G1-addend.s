@ R_ARM_LDC_PC_G1 REL addend (fact sheet 1 and 3.12): imm8 * 4, negated
@ when U = 0. Fields hand-encoded; targets are absolute symbols y0..y2.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x32038 --defsym=y1=0xdf9c --defsym=y2=0x120800
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_LDC_PC_G1 'y0' P=0x00020000 S=0x00032038 A=-4 T=0 X=0x00012034 : 0d 5e 90 ed
@ DUMP-NEXT: a1 R_ARM_LDC_PC_G1 'y1' P=0x00020004 S=0x0000df9c A=52 T=0 X=0xfffedfcc : 0d 5e 10 ed
@ DUMP-NEXT: a2 R_ARM_LDC_PC_G1 'y2' P=0x00020008 S=0x00120800 A=-1020 T=0 X=0x001003fc : ff 6e 80 ed

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ldc p14, c5, [r0, #-4]: A = -4. Y1 of 0x12034 is 0x34.
@ X = y0 + (-4) - 0x20000 = 0x12034.
a0:     .inst 0xed105e01
        .reloc a0, R_ARM_LDC_PC_G1, y0
@ expect a0 bytes: 0d 5e 90 ed
@ ldc p14, c5, [r0, #0x34]: A = 52; X < 0 clears U.
@ X = y1 + (52) - 0x20004 = -0x12034.
a1:     .inst 0xed905e0d
        .reloc a1, R_ARM_LDC_PC_G1, y1
@ expect a1 bytes: 0d 5e 10 ed
@ stc p14, c6, [r0, #-0x3fc]: A = -1020.
@ X = y2 + (-1020) - 0x20008 = 0x1003fc.
a2:     .inst 0xed006eff
        .reloc a2, R_ARM_LDC_PC_G1, y2
@ expect a2 bytes: ff 6e 80 ed
        bx lr
