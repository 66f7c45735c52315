@ R_ARM_ALU_PC_G0_NC is never checked (fact sheet 3.11): for any X =
@ ((S+A)|T) - P the ADD/SUB gets G0 of |X| and the rest is dropped, so
@ the extremes of the 32-bit range and values that overflow the checked
@ form all link. Every field is `sub r0, pc, #8` (A = -8); the targets
@ are absolute symbols x0..x6.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x80020007 --defsym=x1=0x8002000c --defsym=x2=0x2000f
@ relocheck: --defsym=x3=0x20014 --defsym=x4=0x20217 --defsym=x5=0x7f02011c
@ relocheck: --defsym=x6=0x143474
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x7fffffff (x0 = 0x80020007).
t0:     .inst 0xe24f0008
        .reloc t0, R_ARM_ALU_PC_G0_NC, x0
@ expect t0 bytes: 7f 04 8f e2
@ X = 0x80000000 (x1 = 0x8002000c).
t1:     .inst 0xe24f0008
        .reloc t1, R_ARM_ALU_PC_G0_NC, x1
@ expect t1 bytes: 80 04 4f e2
@ X = -0x1 (x2 = 0x2000f).
t2:     .inst 0xe24f0008
        .reloc t2, R_ARM_ALU_PC_G0_NC, x2
@ expect t2 bytes: 01 00 4f e2
@ X = 0x0 (x3 = 0x20014).
t3:     .inst 0xe24f0008
        .reloc t3, R_ARM_ALU_PC_G0_NC, x3
@ expect t3 bytes: 00 00 8f e2
@ X = 0x1ff (x4 = 0x20217).
t4:     .inst 0xe24f0008
        .reloc t4, R_ARM_ALU_PC_G0_NC, x4
@ expect t4 bytes: 7f 0f 8f e2
@ X = 0x7f000100 (x5 = 0x7f02011c).
t5:     .inst 0xe24f0008
        .reloc t5, R_ARM_ALU_PC_G0_NC, x5
@ expect t5 bytes: 7f 04 8f e2
@ X = 0x123454 (x6 = 0x143474).
t6:     .inst 0xe24f0008
        .reloc t6, R_ARM_ALU_PC_G0_NC, x6
@ expect t6 bytes: 48 09 8f e2
        bx lr
