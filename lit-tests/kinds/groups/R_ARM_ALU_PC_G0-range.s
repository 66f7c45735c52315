@ R_ARM_ALU_PC_G0 is checked: X = ((S+A)|T) - P must be one ABI group of |X|
@ (the 8-bit chunk at the lowest even shift that holds the top set bit),
@ Y1 = 0 (fact sheet 3.11). Values that are exactly one group link (ADD
@ for X >= 0, SUB for X < 0); one more bit outside the chunk fails with
@ the value and the bits left over. Every field is `sub r0, pc, #8`
@ (A = -8); the targets are absolute symbols x0..x11.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x20107 --defsym=x1=0x2010c --defsym=x2=0x2020e
@ relocheck: --defsym=x3=0x20410 --defsym=x4=0x20415 --defsym=x5=0x1fc20
@ relocheck: --defsym=x6=0x1fc22 --defsym=x7=0x7f020024 --defsym=x8=0x7f020128
@ relocheck: --defsym=x9=0x8002002c --defsym=x10=0xff020030
@ relocheck: --defsym=x11=0x20034
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0xff (x0 = 0x20107).
t0:     .inst 0xe24f0008
        .reloc t0, R_ARM_ALU_PC_G0, x0
@ expect t0 bytes: ff 00 8f e2
@ X = 0x100 (x1 = 0x2010c).
t1:     .inst 0xe24f0008
        .reloc t1, R_ARM_ALU_PC_G0, x1
@ expect t1 bytes: 40 0f 8f e2
@ X = 0x1fe (x2 = 0x2020e).
t2:     .inst 0xe24f0008
        .reloc t2, R_ARM_ALU_PC_G0, x2
@ expect t2 error: R_ARM_ALU_PC_G0 against 'x2': value 510 (0x1fe) leaves 2 (0x2) after group G0
@ X = 0x3fc (x3 = 0x20410).
t3:     .inst 0xe24f0008
        .reloc t3, R_ARM_ALU_PC_G0, x3
@ expect t3 bytes: ff 0f 8f e2
@ X = 0x3fd (x4 = 0x20415).
t4:     .inst 0xe24f0008
        .reloc t4, R_ARM_ALU_PC_G0, x4
@ expect t4 error: R_ARM_ALU_PC_G0 against 'x4': value 1021 (0x3fd) leaves 1 (0x1) after group G0
@ X = -0x3fc (x5 = 0x1fc20).
t5:     .inst 0xe24f0008
        .reloc t5, R_ARM_ALU_PC_G0, x5
@ expect t5 bytes: ff 0f 4f e2
@ X = -0x3fe (x6 = 0x1fc22).
t6:     .inst 0xe24f0008
        .reloc t6, R_ARM_ALU_PC_G0, x6
@ expect t6 error: R_ARM_ALU_PC_G0 against 'x6': value -1022 (0xfffffc02) leaves 2 (0x2) after group G0
@ X = 0x7f000000 (x7 = 0x7f020024).
t7:     .inst 0xe24f0008
        .reloc t7, R_ARM_ALU_PC_G0, x7
@ expect t7 bytes: 7f 04 8f e2
@ X = 0x7f000100 (x8 = 0x7f020128).
t8:     .inst 0xe24f0008
        .reloc t8, R_ARM_ALU_PC_G0, x8
@ expect t8 error: R_ARM_ALU_PC_G0 against 'x8': value 2130706688 (0x7f000100) leaves 256 (0x100) after group G0
@ X = 0x80000000 (x9 = 0x8002002c).
t9:     .inst 0xe24f0008
        .reloc t9, R_ARM_ALU_PC_G0, x9
@ expect t9 bytes: 80 04 4f e2
@ X = -0x1000000 (x10 = 0xff020030).
t10:    .inst 0xe24f0008
        .reloc t10, R_ARM_ALU_PC_G0, x10
@ expect t10 bytes: 40 07 4f e2
@ X = 0x0 (x11 = 0x20034).
t11:    .inst 0xe24f0008
        .reloc t11, R_ARM_ALU_PC_G0, x11
@ expect t11 bytes: 00 00 8f e2
        bx lr
