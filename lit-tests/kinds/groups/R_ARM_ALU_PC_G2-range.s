@ R_ARM_ALU_PC_G2 is checked (fact sheet 3.11): G0, G1 and G2 must hold
@ all of |X| (Y3 = 0). Values that are exactly three groups link; one
@ more bit below G2 fails with the value and the bits left over. Every
@ field is `add r0, r0, #0` (A = 0), X = S - P; the targets are absolute
@ symbols x0..x8.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x12360078 --defsym=x1=0x1236017d
@ relocheck: --defsym=x2=0x12360404 --defsym=x3=0x12360409
@ relocheck: --defsym=x4=0xedcdfc14 --defsym=x5=0xedcdfc16
@ relocheck: --defsym=x6=0x8001ff18 --defsym=x7=0x8002001b
@ relocheck: --defsym=x8=0x80020020
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x12340078 (x0 = 0x12360078).
t0:     .inst 0xe2800000
        .reloc t0, R_ARM_ALU_PC_G2, x0
@ expect t0 bytes: 78 00 80 e2
@ X = 0x12340179 (x1 = 0x1236017d).
t1:     .inst 0xe2800000
        .reloc t1, R_ARM_ALU_PC_G2, x1
@ expect t1 error: R_ARM_ALU_PC_G2 against 'x1': value 305398137 (0x12340179) leaves 1 (0x1) after group G2
@ X = 0x123403fc (x2 = 0x12360404).
t2:     .inst 0xe2800000
        .reloc t2, R_ARM_ALU_PC_G2, x2
@ expect t2 bytes: ff 0f 80 e2
@ X = 0x123403fd (x3 = 0x12360409).
t3:     .inst 0xe2800000
        .reloc t3, R_ARM_ALU_PC_G2, x3
@ expect t3 error: R_ARM_ALU_PC_G2 against 'x3': value 305398781 (0x123403fd) leaves 1 (0x1) after group G2
@ X = -0x123403fc (x4 = 0xedcdfc14).
t4:     .inst 0xe2800000
        .reloc t4, R_ARM_ALU_PC_G2, x4
@ expect t4 bytes: ff 0f 40 e2
@ X = -0x123403fe (x5 = 0xedcdfc16).
t5:     .inst 0xe2800000
        .reloc t5, R_ARM_ALU_PC_G2, x5
@ expect t5 error: R_ARM_ALU_PC_G2 against 'x5': value -305398782 (0xedcbfc02) leaves 2 (0x2) after group G2
@ X = 0x7fffff00 (x6 = 0x8001ff18).
t6:     .inst 0xe2800000
        .reloc t6, R_ARM_ALU_PC_G2, x6
@ expect t6 bytes: ff 0c 80 e2
@ X = 0x7fffffff (x7 = 0x8002001b).
t7:     .inst 0xe2800000
        .reloc t7, R_ARM_ALU_PC_G2, x7
@ expect t7 error: R_ARM_ALU_PC_G2 against 'x7': value 2147483647 (0x7fffffff) leaves 255 (0xff) after group G2
@ X = 0x80000000 (x8 = 0x80020020).
t8:     .inst 0xe2800000
        .reloc t8, R_ARM_ALU_PC_G2, x8
@ expect t8 bytes: 00 00 40 e2
        bx lr
