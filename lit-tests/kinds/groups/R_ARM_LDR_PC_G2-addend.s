@ R_ARM_LDR_PC_G2 REL addend (fact sheet 1 and 3.12): imm12, negated when
@ U (bit 23) = 0. ABI self-check (model agrees): 0xe59f0010 (ldr r0, [pc,
@ #16]) as LDR_PC_G2 gives A = 16. Fields hand-encoded; targets are
@ absolute symbols y0..y3.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x143444 --defsym=y1=0xffefcbb0 --defsym=y2=0x1012101b
@ relocheck: --defsym=y3=0xedcde995
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_LDR_PC_G2 'y0' P=0x00020000 S=0x00143444 A=16 T=0 X=0x00123454 : 14 00 9f e5
@ DUMP-NEXT: a1 R_ARM_LDR_PC_G2 'y1' P=0x00020004 S=0xffefcbb0 A=0 T=0 X=0xffedcbac : 14 10 10 e5
@ DUMP-NEXT: a2 R_ARM_LDR_PC_G2 'y2' P=0x00020008 S=0x1012101b A=-20 T=0 X=0x10100fff : ff 1f 90 e5
@ DUMP-NEXT: a3 R_ARM_LDR_PC_G2 'y3' P=0x0002000c S=0xedcde995 A=4095 T=0 X=0xedcbf988 : 78 16 40 e5

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ABI self-check: ldr r0, [pc, #16]: A = 16. Y2 of 0x123454 is 0x14.
@ X = y0 + (16) - 0x20000 = 0x123454.
a0:     .inst 0xe59f0010
        .reloc a0, R_ARM_LDR_PC_G2, y0
@ expect a0 bytes: 14 00 9f e5
@ ldr r1, [r0]: A = 0; X < 0 clears U.
@ X = y1 + (0) - 0x20004 = -0x123454.
a1:     .inst 0xe5901000
        .reloc a1, R_ARM_LDR_PC_G2, y1
@ expect a1 bytes: 14 10 10 e5
@ ldr r1, [r0, #-0x14]: A = -20.
@ X = y2 + (-20) - 0x20008 = 0x10100fff.
a2:     .inst 0xe5101014
        .reloc a2, R_ARM_LDR_PC_G2, y2
@ expect a2 bytes: ff 1f 90 e5
@ strb r1, [r0, #0xfff]: A = 4095. Y2 of 0x12340678 is 0x678.
@ X = y3 + (4095) - 0x2000c = -0x12340678.
a3:     .inst 0xe5c01fff
        .reloc a3, R_ARM_LDR_PC_G2, y3
@ expect a3 bytes: 78 16 40 e5
        bx lr
