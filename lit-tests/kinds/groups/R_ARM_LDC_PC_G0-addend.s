@ R_ARM_LDC_PC_G0 REL addend (fact sheet 1 and 3.12): imm8 * 4, negated
@ when U (bit 23) = 0. The output U follows the sign of X. Fields
@ hand-encoded; targets are absolute symbols y0..y3.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x20048 --defsym=y1=0x1ff84 --defsym=y2=0x20800
@ relocheck: --defsym=y3=0x1fc10
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_LDC_PC_G0 'y0' P=0x00020000 S=0x00020048 A=-8 T=0 X=0x00000040 : 10 5e 9f ed
@ DUMP-NEXT: a1 R_ARM_LDC_PC_G0 'y1' P=0x00020004 S=0x0001ff84 A=64 T=0 X=0xffffffc0 : 10 5e 1f ed
@ DUMP-NEXT: a2 R_ARM_LDC_PC_G0 'y2' P=0x00020008 S=0x00020800 A=-1020 T=0 X=0x000003fc : ff 6e 8f ed
@ DUMP-NEXT: a3 R_ARM_LDC_PC_G0 'y3' P=0x0002000c S=0x0001fc10 A=0 T=0 X=0xfffffc04 : ff 5e 1f ed

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ldc p14, c5, [pc, #-8]: A = -8 (the reference field).
@ X = y0 + (-8) - 0x20000 = 0x40.
a0:     .inst 0xed1f5e02
        .reloc a0, R_ARM_LDC_PC_G0, y0
@ expect a0 bytes: 10 5e 9f ed
@ ldc p14, c5, [pc, #0x40]: A = 64.
@ X = y1 + (64) - 0x20004 = -0x40.
a1:     .inst 0xed9f5e10
        .reloc a1, R_ARM_LDC_PC_G0, y1
@ expect a1 bytes: 10 5e 1f ed
@ stc p14, c6, [pc, #-0x3fc]: A = -1020 (most negative).
@ X = y2 + (-1020) - 0x20008 = 0x3fc.
a2:     .inst 0xed0f6eff
        .reloc a2, R_ARM_LDC_PC_G0, y2
@ expect a2 bytes: ff 6e 8f ed
@ ldc p14, c5, [pc, #-0]: A = -0 = 0.
@ X = y3 + (0) - 0x2000c = -0x3fc.
a3:     .inst 0xed1f5e00
        .reloc a3, R_ARM_LDC_PC_G0, y3
@ expect a3 bytes: ff 5e 1f ed
        bx lr
