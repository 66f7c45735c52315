@ R_ARM_LDC_PC_G2 is checked: Y2, what G0 and G1 leave of |X|, must be
@ <= 0x3fc and a multiple of 4 (imm8 = Y2 / 4), the sign of X in U (fact
@ sheet 2, row 69, and 3.12). Residual 0x3fc links, 0x3fd is misaligned,
@ 0x400 is too far. Every field is `ldc p14, c5, [r0]` (A = 0), X = S -
@ P; targets are absolute symbols.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x101203fc --defsym=x1=0x10120401
@ relocheck: --defsym=x2=0x10120408 --defsym=x3=0xeff1fc10
@ relocheck: --defsym=x4=0xeff1fc12 --defsym=x5=0xeff1fc14
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x101003fc (x0 = 0x101203fc).
t0:     .inst 0xed905e00
        .reloc t0, R_ARM_LDC_PC_G2, x0
@ expect t0 bytes: ff 5e 90 ed
@ X = 0x101003fd (x1 = 0x10120401).
t1:     .inst 0xed905e00
        .reloc t1, R_ARM_LDC_PC_G2, x1
@ expect t1 error: R_ARM_LDC_PC_G2 against 'x1': value 269485053 (0x101003fd) leaves 1021 (0x3fd) for the offset after 2 ALU group(s); the field holds multiples of 4 in [0, 1020]
@ X = 0x10100400 (x2 = 0x10120408).
t2:     .inst 0xed905e00
        .reloc t2, R_ARM_LDC_PC_G2, x2
@ expect t2 error: R_ARM_LDC_PC_G2 against 'x2': value 269485056 (0x10100400) leaves 1024 (0x400) for the offset after 2 ALU group(s); the field holds multiples of 4 in [0, 1020]
@ X = -0x101003fc (x3 = 0xeff1fc10).
t3:     .inst 0xed905e00
        .reloc t3, R_ARM_LDC_PC_G2, x3
@ expect t3 bytes: ff 5e 10 ed
@ X = -0x101003fe (x4 = 0xeff1fc12).
t4:     .inst 0xed905e00
        .reloc t4, R_ARM_LDC_PC_G2, x4
@ expect t4 error: R_ARM_LDC_PC_G2 against 'x4': value -269485054 (0xefeffc02) leaves 1022 (0x3fe) for the offset after 2 ALU group(s); the field holds multiples of 4 in [0, 1020]
@ X = -0x10100400 (x5 = 0xeff1fc14).
t5:     .inst 0xed905e00
        .reloc t5, R_ARM_LDC_PC_G2, x5
@ expect t5 error: R_ARM_LDC_PC_G2 against 'x5': value -269485056 (0xefeffc00) leaves 1024 (0x400) for the offset after 2 ALU group(s); the field holds multiples of 4 in [0, 1020]
        bx lr
