@ R_ARM_LDRS_PC_G0 is checked: |X| <= 0xff in imm4H:imm4L, the sign of X
@ in U (fact sheet 2, row 64, and 3.12). 0xff links, 0x100 fails, in both
@ directions. Every field is `ldrh r1, [pc, #-8]` (A = -8); targets are
@ absolute symbols.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x20107 --defsym=x1=0x2010c --defsym=x2=0x1ff11
@ relocheck: --defsym=x3=0x1ff14 --defsym=x4=0x20108
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0xff (x0 = 0x20107).
t0:     .inst 0xe15f10b8
        .reloc t0, R_ARM_LDRS_PC_G0, x0
@ expect t0 bytes: bf 1f df e1
@ X = 0x100 (x1 = 0x2010c).
t1:     .inst 0xe15f10b8
        .reloc t1, R_ARM_LDRS_PC_G0, x1
@ expect t1 error: R_ARM_LDRS_PC_G0 against 'x1': value 256 (0x100) leaves 256 (0x100) for the offset after 0 ALU group(s); the field holds [0, 255]
@ X = -0xff (x2 = 0x1ff11).
t2:     .inst 0xe15f10b8
        .reloc t2, R_ARM_LDRS_PC_G0, x2
@ expect t2 bytes: bf 1f 5f e1
@ X = -0x100 (x3 = 0x1ff14).
t3:     .inst 0xe15f10b8
        .reloc t3, R_ARM_LDRS_PC_G0, x3
@ expect t3 error: R_ARM_LDRS_PC_G0 against 'x3': value -256 (0xffffff00) leaves 256 (0x100) for the offset after 0 ALU group(s); the field holds [0, 255]
@ X = 0xf0 (x4 = 0x20108).
t4:     .inst 0xe15f10b8
        .reloc t4, R_ARM_LDRS_PC_G0, x4
@ expect t4 bytes: b0 1f df e1
        bx lr
