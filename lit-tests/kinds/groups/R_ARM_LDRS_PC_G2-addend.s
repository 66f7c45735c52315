@ R_ARM_LDRS_PC_G2 REL addend (fact sheet 1 and 3.12): imm4H:imm4L,
@ negated when U = 0. Fields hand-encoded; targets are absolute symbols
@ y0..y2.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x143454 --defsym=y1=0xffefcbc4 --defsym=y2=0x1012007f
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_LDRS_PC_G2 'y0' P=0x00020000 S=0x00143454 A=0 T=0 X=0x00123454 : b4 11 d0 e1
@ DUMP-NEXT: a1 R_ARM_LDRS_PC_G2 'y1' P=0x00020004 S=0xffefcbc4 A=-20 T=0 X=0xffedcbac : d4 11 50 e1
@ DUMP-NEXT: a2 R_ARM_LDRS_PC_G2 'y2' P=0x00020008 S=0x1012007f A=136 T=0 X=0x101000ff : df 2f c0 e1

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ldrh r1, [r0]: A = 0. Y2 of 0x123454 is 0x14.
@ X = y0 + (0) - 0x20000 = 0x123454.
a0:     .inst 0xe1d010b0
        .reloc a0, R_ARM_LDRS_PC_G2, y0
@ expect a0 bytes: b4 11 d0 e1
@ ldrsb r1, [r0, #-0x14]: A = -20.
@ X = y1 + (-20) - 0x20004 = -0x123454.
a1:     .inst 0xe15011d4
        .reloc a1, R_ARM_LDRS_PC_G2, y1
@ expect a1 bytes: d4 11 50 e1
@ ldrd r2, r3, [r0, #0x88]: A = 136.
@ X = y2 + (136) - 0x20008 = 0x101000ff.
a2:     .inst 0xe1c028d8
        .reloc a2, R_ARM_LDRS_PC_G2, y2
@ expect a2 bytes: df 2f c0 e1
        bx lr
