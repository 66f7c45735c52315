@ R_ARM_LDRS_PC_G1 REL addend (fact sheet 1 and 3.12): imm4H:imm4L,
@ negated when U = 0. Fields hand-encoded; targets are absolute symbols
@ y0..y2.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x32038 --defsym=y1=0xdee0 --defsym=y2=0x120206
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_LDRS_PC_G1 'y0' P=0x00020000 S=0x00032038 A=-4 T=0 X=0x00012034 : b4 13 d0 e1
@ DUMP-NEXT: a1 R_ARM_LDRS_PC_G1 'y1' P=0x00020004 S=0x0000dee0 A=240 T=0 X=0xfffedfcc : f4 13 50 e1
@ DUMP-NEXT: a2 R_ARM_LDRS_PC_G1 'y2' P=0x00020008 S=0x00120206 A=-255 T=0 X=0x001000ff : bf 1f c0 e1

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ldrh r1, [r0, #-4]: A = -4. Y1 of 0x12034 is 0x34.
@ X = y0 + (-4) - 0x20000 = 0x12034.
a0:     .inst 0xe15010b4
        .reloc a0, R_ARM_LDRS_PC_G1, y0
@ expect a0 bytes: b4 13 d0 e1
@ ldrsh r1, [r0, #0xf0]: A = 240; X < 0 clears U.
@ X = y1 + (240) - 0x20004 = -0x12034.
a1:     .inst 0xe1d01ff0
        .reloc a1, R_ARM_LDRS_PC_G1, y1
@ expect a1 bytes: f4 13 50 e1
@ strh r1, [r0, #-0xff]: A = -255.
@ X = y2 + (-255) - 0x20008 = 0x1000ff.
a2:     .inst 0xe1401fbf
        .reloc a2, R_ARM_LDRS_PC_G1, y2
@ expect a2 bytes: bf 1f c0 e1
        bx lr
