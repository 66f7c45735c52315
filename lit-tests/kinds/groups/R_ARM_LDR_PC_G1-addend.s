@ R_ARM_LDR_PC_G1 REL addend (fact sheet 1 and 3.12): imm12, negated when
@ U (bit 23) = 0. The output U follows the sign of X. Fields hand-encoded;
@ targets are absolute symbols y0..y3.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x32349 --defsym=y1=0xd97a --defsym=y2=0x122006
@ relocheck: --defsym=y3=0xe004
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_LDR_PC_G1 'y0' P=0x00020000 S=0x00032349 A=-4 T=0 X=0x00012345 : 45 13 90 e5
@ DUMP-NEXT: a1 R_ARM_LDR_PC_G1 'y1' P=0x00020004 S=0x0000d97a A=837 T=0 X=0xfffedcbb : 45 13 10 e5
@ DUMP-NEXT: a2 R_ARM_LDR_PC_G1 'y2' P=0x00020008 S=0x00122006 A=-4095 T=0 X=0x00100fff : ff 1f d0 e5
@ DUMP-NEXT: a3 R_ARM_LDR_PC_G1 'y3' P=0x0002000c S=0x0000e004 A=0 T=0 X=0xfffedff8 : 08 10 00 e5

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ldr r1, [r0, #-4]: A = -4. Y1 of 0x12345 is 0x345.
@ X = y0 + (-4) - 0x20000 = 0x12345.
a0:     .inst 0xe5101004
        .reloc a0, R_ARM_LDR_PC_G1, y0
@ expect a0 bytes: 45 13 90 e5
@ ldr r1, [r0, #0x345]: A = 837; X < 0 clears U.
@ X = y1 + (837) - 0x20004 = -0x12345.
a1:     .inst 0xe5901345
        .reloc a1, R_ARM_LDR_PC_G1, y1
@ expect a1 bytes: 45 13 10 e5
@ ldrb r1, [r0, #-0xfff]: A = -4095 (most negative).
@ X = y2 + (-4095) - 0x20008 = 0x100fff.
a2:     .inst 0xe5501fff
        .reloc a2, R_ARM_LDR_PC_G1, y2
@ expect a2 bytes: ff 1f d0 e5
@ str r1, [r0, #-0]: A = -0 = 0.
@ X = y3 + (0) - 0x2000c = -0x12008.
a3:     .inst 0xe5001000
        .reloc a3, R_ARM_LDR_PC_G1, y3
@ expect a3 bytes: 08 10 00 e5
        bx lr
