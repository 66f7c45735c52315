@ R_ARM_ALU_PC_G1 is checked (fact sheet 3.11): G0 and G1 must hold all
@ of |X| (Y2 = 0). Values that are exactly two groups link; one more bit
@ below G1 fails with the value and the bits left over. Every field is
@ `add r0, r0, #0` (A = 0), X = S - P; the targets are absolute symbols
@ x0..x7.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x120200ff --defsym=x1=0x12020203
@ relocheck: --defsym=x2=0xffeffe0c --defsym=x3=0xffeffe0e --defsym=x4=0x2010f
@ relocheck: --defsym=x5=0x80010014 --defsym=x6=0x80018018
@ relocheck: --defsym=x7=0x8002001c
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x120000ff (x0 = 0x120200ff).
t0:     .inst 0xe2800000
        .reloc t0, R_ARM_ALU_PC_G1, x0
@ expect t0 bytes: ff 00 80 e2
@ X = 0x120001ff (x1 = 0x12020203).
t1:     .inst 0xe2800000
        .reloc t1, R_ARM_ALU_PC_G1, x1
@ expect t1 error: R_ARM_ALU_PC_G1 against 'x1': value 301990399 (0x120001ff) leaves 3 (0x3) after group G1
@ X = -0x1201fc (x2 = 0xffeffe0c).
t2:     .inst 0xe2800000
        .reloc t2, R_ARM_ALU_PC_G1, x2
@ expect t2 bytes: 7f 0f 40 e2
@ X = -0x1201fe (x3 = 0xffeffe0e).
t3:     .inst 0xe2800000
        .reloc t3, R_ARM_ALU_PC_G1, x3
@ expect t3 error: R_ARM_ALU_PC_G1 against 'x3': value -1180158 (0xffedfe02) leaves 2 (0x2) after group G1
@ X = 0xff (x4 = 0x2010f).
t4:     .inst 0xe2800000
        .reloc t4, R_ARM_ALU_PC_G1, x4
@ expect t4 bytes: 00 00 80 e2
@ X = 0x7fff0000 (x5 = 0x80010014).
t5:     .inst 0xe2800000
        .reloc t5, R_ARM_ALU_PC_G1, x5
@ expect t5 bytes: ff 08 80 e2
@ X = 0x7fff8000 (x6 = 0x80018018).
t6:     .inst 0xe2800000
        .reloc t6, R_ARM_ALU_PC_G1, x6
@ expect t6 error: R_ARM_ALU_PC_G1 against 'x6': value 2147450880 (0x7fff8000) leaves 32768 (0x8000) after group G1
@ X = 0x80000000 (x7 = 0x8002001c).
t7:     .inst 0xe2800000
        .reloc t7, R_ARM_ALU_PC_G1, x7
@ expect t7 bytes: 00 00 40 e2
        bx lr
