@ R_ARM_LDR_PC_G1 is checked: Y1, what G0 leaves of |X|, must fit imm12,
@ Y1 <= 0xfff; the sign of X goes to U (fact sheet 2, row 62, and 3.12).
@ Residual 0xfff links, 0x1000 fails, in both directions. Every field is
@ `ldr r1, [r0]` (A = 0), X = S - P; targets are absolute symbols.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x120fff --defsym=x1=0x121004 --defsym=x2=0xfff1f009
@ relocheck: --defsym=x3=0xfff1f00c --defsym=x4=0x2100f
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x100fff (x0 = 0x120fff).
t0:     .inst 0xe5901000
        .reloc t0, R_ARM_LDR_PC_G1, x0
@ expect t0 bytes: ff 1f 90 e5
@ X = 0x101000 (x1 = 0x121004).
t1:     .inst 0xe5901000
        .reloc t1, R_ARM_LDR_PC_G1, x1
@ expect t1 error: R_ARM_LDR_PC_G1 against 'x1': value 1052672 (0x101000) leaves 4096 (0x1000) for the offset after 1 ALU group(s); the field holds [0, 4095]
@ X = -0x100fff (x2 = 0xfff1f009).
t2:     .inst 0xe5901000
        .reloc t2, R_ARM_LDR_PC_G1, x2
@ expect t2 bytes: ff 1f 10 e5
@ X = -0x101000 (x3 = 0xfff1f00c).
t3:     .inst 0xe5901000
        .reloc t3, R_ARM_LDR_PC_G1, x3
@ expect t3 error: R_ARM_LDR_PC_G1 against 'x3': value -1052672 (0xffeff000) leaves 4096 (0x1000) for the offset after 1 ALU group(s); the field holds [0, 4095]
@ X = 0xfff (x4 = 0x2100f).
t4:     .inst 0xe5901000
        .reloc t4, R_ARM_LDR_PC_G1, x4
@ expect t4 bytes: 0f 10 90 e5
        bx lr
