@ R_ARM_LDR_PC_G2 is checked: Y2, what G0 and G1 leave of |X|, must fit
@ imm12, Y2 <= 0xfff; the sign of X goes to U (fact sheet 2, row 63, and
@ 3.12). Residual 0xfff links, 0x1000 fails, in both directions. Every
@ field is `ldr r1, [r0]` (A = 0), X = S - P; targets are absolute
@ symbols.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x10120fff --defsym=x1=0x10121004
@ relocheck: --defsym=x2=0xeff1f009 --defsym=x3=0xeff1f00c
@ relocheck: --defsym=x4=0x8002000f
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x10100fff (x0 = 0x10120fff).
t0:     .inst 0xe5901000
        .reloc t0, R_ARM_LDR_PC_G2, x0
@ expect t0 bytes: ff 1f 90 e5
@ X = 0x10101000 (x1 = 0x10121004).
t1:     .inst 0xe5901000
        .reloc t1, R_ARM_LDR_PC_G2, x1
@ expect t1 error: R_ARM_LDR_PC_G2 against 'x1': value 269488128 (0x10101000) leaves 4096 (0x1000) for the offset after 2 ALU group(s); the field holds [0, 4095]
@ X = -0x10100fff (x2 = 0xeff1f009).
t2:     .inst 0xe5901000
        .reloc t2, R_ARM_LDR_PC_G2, x2
@ expect t2 bytes: ff 1f 10 e5
@ X = -0x10101000 (x3 = 0xeff1f00c).
t3:     .inst 0xe5901000
        .reloc t3, R_ARM_LDR_PC_G2, x3
@ expect t3 error: R_ARM_LDR_PC_G2 against 'x3': value -269488128 (0xefeff000) leaves 4096 (0x1000) for the offset after 2 ALU group(s); the field holds [0, 4095]
@ X = 0x7fffffff (x4 = 0x8002000f).
t4:     .inst 0xe5901000
        .reloc t4, R_ARM_LDR_PC_G2, x4
@ expect t4 error: R_ARM_LDR_PC_G2 against 'x4': value 2147483647 (0x7fffffff) leaves 65535 (0xffff) for the offset after 2 ALU group(s); the field holds [0, 4095]
        bx lr
