@ R_ARM_LDC_PC_G0 is checked: |X| <= 0x3fc and a multiple of 4, imm8 =
@ |X| / 4, the sign of X in U (fact sheet 2, row 67, and 3.12). 0x3fc
@ links, 0x3fd is misaligned, 0x400 is too far, in both directions. Every
@ field is `ldc p14, c5, [pc, #-8]` (A = -8); targets are absolute
@ symbols.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x20404 --defsym=x1=0x20409 --defsym=x2=0x20410
@ relocheck: --defsym=x3=0x1fc18 --defsym=x4=0x1fc1a --defsym=x5=0x1fc1c
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x3fc (x0 = 0x20404).
t0:     .inst 0xed1f5e02
        .reloc t0, R_ARM_LDC_PC_G0, x0
@ expect t0 bytes: ff 5e 9f ed
@ X = 0x3fd (x1 = 0x20409).
t1:     .inst 0xed1f5e02
        .reloc t1, R_ARM_LDC_PC_G0, x1
@ expect t1 error: R_ARM_LDC_PC_G0 against 'x1': value 1021 (0x3fd) leaves 1021 (0x3fd) for the offset after 0 ALU group(s); the field holds multiples of 4 in [0, 1020]
@ X = 0x400 (x2 = 0x20410).
t2:     .inst 0xed1f5e02
        .reloc t2, R_ARM_LDC_PC_G0, x2
@ expect t2 error: R_ARM_LDC_PC_G0 against 'x2': value 1024 (0x400) leaves 1024 (0x400) for the offset after 0 ALU group(s); the field holds multiples of 4 in [0, 1020]
@ X = -0x3fc (x3 = 0x1fc18).
t3:     .inst 0xed1f5e02
        .reloc t3, R_ARM_LDC_PC_G0, x3
@ expect t3 bytes: ff 5e 1f ed
@ X = -0x3fe (x4 = 0x1fc1a).
t4:     .inst 0xed1f5e02
        .reloc t4, R_ARM_LDC_PC_G0, x4
@ expect t4 error: R_ARM_LDC_PC_G0 against 'x4': value -1022 (0xfffffc02) leaves 1022 (0x3fe) for the offset after 0 ALU group(s); the field holds multiples of 4 in [0, 1020]
@ X = -0x400 (x5 = 0x1fc1c).
t5:     .inst 0xed1f5e02
        .reloc t5, R_ARM_LDC_PC_G0, x5
@ expect t5 error: R_ARM_LDC_PC_G0 against 'x5': value -1024 (0xfffffc00) leaves 1024 (0x400) for the offset after 0 ALU group(s); the field holds multiples of 4 in [0, 1020]
        bx lr
