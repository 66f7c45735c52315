@ R_ARM_ALU_PC_G1_NC is never checked (fact sheet 3.11): the ADD/SUB gets
@ G1, the chunk of |X| after G0, and anything below it is dropped; G1 is
@ 0 when G0 holds all of |X|. Every field is `add r0, r0, #0` (A = 0),
@ X = S - P; the targets are absolute symbols x0..x6.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x8001ffff --defsym=x1=0x80020004 --defsym=x2=0x20007
@ relocheck: --defsym=x3=0x143460 --defsym=x4=0x2010f --defsym=x5=0x7f020213
@ relocheck: --defsym=x6=0x8101fe19
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x7fffffff (x0 = 0x8001ffff).
t0:     .inst 0xe2800000
        .reloc t0, R_ARM_ALU_PC_G1_NC, x0
@ expect t0 bytes: ff 08 80 e2
@ X = 0x80000000 (x1 = 0x80020004).
t1:     .inst 0xe2800000
        .reloc t1, R_ARM_ALU_PC_G1_NC, x1
@ expect t1 bytes: 00 00 40 e2
@ X = -0x1 (x2 = 0x20007).
t2:     .inst 0xe2800000
        .reloc t2, R_ARM_ALU_PC_G1_NC, x2
@ expect t2 bytes: 00 00 40 e2
@ X = 0x123454 (x3 = 0x143460).
t3:     .inst 0xe2800000
        .reloc t3, R_ARM_ALU_PC_G1_NC, x3
@ expect t3 bytes: d1 0d 80 e2
@ X = 0xff (x4 = 0x2010f).
t4:     .inst 0xe2800000
        .reloc t4, R_ARM_ALU_PC_G1_NC, x4
@ expect t4 bytes: 00 00 80 e2
@ X = 0x7f0001ff (x5 = 0x7f020213).
t5:     .inst 0xe2800000
        .reloc t5, R_ARM_ALU_PC_G1_NC, x5
@ expect t5 bytes: 7f 0f 80 e2
@ X = -0x7f0001ff (x6 = 0x8101fe19).
t6:     .inst 0xe2800000
        .reloc t6, R_ARM_ALU_PC_G1_NC, x6
@ expect t6 bytes: 7f 0f 40 e2
        bx lr
