@ R_ARM_LDRS_PC_G0 REL addend (fact sheet 1 and 3.12): imm4H:imm4L
@ (insn[11:8], insn[3:0]), negated when U (bit 23) = 0. The output U
@ follows the sign of X. Fields hand-encoded; targets are absolute
@ symbols y0..y4.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x1ffdc --defsym=y1=0x20058 --defsym=y2=0x20206
@ relocheck: --defsym=y3=0x1fffc --defsym=y4=0x20018
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_LDRS_PC_G0 'y0' P=0x00020000 S=0x0001ffdc A=-8 T=0 X=0xffffffd4 : bc 02 5f e1
@ DUMP-NEXT: a1 R_ARM_LDRS_PC_G0 'y1' P=0x00020004 S=0x00020058 A=44 T=0 X=0x00000080 : b0 18 df e1
@ DUMP-NEXT: a2 R_ARM_LDRS_PC_G0 'y2' P=0x00020008 S=0x00020206 A=-255 T=0 X=0x000000ff : df 2f df e1
@ DUMP-NEXT: a3 R_ARM_LDRS_PC_G0 'y3' P=0x0002000c S=0x0001fffc A=0 T=0 X=0xfffffff0 : b0 31 4f e1
@ DUMP-NEXT: a4 R_ARM_LDRS_PC_G0 'y4' P=0x00020010 S=0x00020018 A=16 T=0 X=0x00000018 : d8 41 cf e1

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ldrh r0, [pc, #-8]: A = -8 (the reference field).
@ X = y0 + (-8) - 0x20000 = -0x2c.
a0:     .inst 0xe15f00b8
        .reloc a0, R_ARM_LDRS_PC_G0, y0
@ expect a0 bytes: bc 02 5f e1
@ ldrh r1, [pc, #0x2c]: A = 44 (imm4H 2, imm4L 0xc).
@ X = y1 + (44) - 0x20004 = 0x80.
a1:     .inst 0xe1df12bc
        .reloc a1, R_ARM_LDRS_PC_G0, y1
@ expect a1 bytes: b0 18 df e1
@ ldrsb r2, [pc, #-0xff]: A = -255 (most negative).
@ X = y2 + (-255) - 0x20008 = 0xff.
a2:     .inst 0xe15f2fdf
        .reloc a2, R_ARM_LDRS_PC_G0, y2
@ expect a2 bytes: df 2f df e1
@ strh r3, [pc, #-0]: A = -0 = 0.
@ X = y3 + (0) - 0x2000c = -0x10.
a3:     .inst 0xe14f30b0
        .reloc a3, R_ARM_LDRS_PC_G0, y3
@ expect a3 bytes: b0 31 4f e1
@ ldrd r4, r5, [pc, #0x10]: A = 16 (imm4H 1, imm4L 0).
@ X = y4 + (16) - 0x20010 = 0x18.
a4:     .inst 0xe1cf41d0
        .reloc a4, R_ARM_LDRS_PC_G0, y4
@ expect a4 bytes: d8 41 cf e1
        bx lr
