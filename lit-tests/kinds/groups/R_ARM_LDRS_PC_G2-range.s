@ R_ARM_LDRS_PC_G2 is checked: Y2, what G0 and G1 leave of |X|, must fit
@ imm4H:imm4L, Y2 <= 0xff; the sign of X in U (fact sheet 2, row 66, and
@ 3.12). Residual 0xff links, 0x100 fails, in both directions. Every
@ field is `ldrh r1, [r0]` (A = 0), X = S - P; targets are absolute
@ symbols.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=x0=0x101200ff --defsym=x1=0x10120104
@ relocheck: --defsym=x2=0xeff1ff09 --defsym=x3=0xeff1ff0c
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x101000ff (x0 = 0x101200ff).
t0:     .inst 0xe1d010b0
        .reloc t0, R_ARM_LDRS_PC_G2, x0
@ expect t0 bytes: bf 1f d0 e1
@ X = 0x10100100 (x1 = 0x10120104).
t1:     .inst 0xe1d010b0
        .reloc t1, R_ARM_LDRS_PC_G2, x1
@ expect t1 error: R_ARM_LDRS_PC_G2 against 'x1': value 269484288 (0x10100100) leaves 256 (0x100) for the offset after 2 ALU group(s); the field holds [0, 255]
@ X = -0x101000ff (x2 = 0xeff1ff09).
t2:     .inst 0xe1d010b0
        .reloc t2, R_ARM_LDRS_PC_G2, x2
@ expect t2 bytes: bf 1f 50 e1
@ X = -0x10100100 (x3 = 0xeff1ff0c).
t3:     .inst 0xe1d010b0
        .reloc t3, R_ARM_LDRS_PC_G2, x3
@ expect t3 error: R_ARM_LDRS_PC_G2 against 'x3': value -269484288 (0xefefff00) leaves 256 (0x100) for the offset after 2 ALU group(s); the field holds [0, 255]
        bx lr
