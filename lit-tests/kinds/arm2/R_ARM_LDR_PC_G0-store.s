@ R_ARM_LDR_PC_G0 also relocates STR and STRB (immediate, A1) with base
@ PC (fact sheet 2, row 4: LDR/STR/LDRB/STRB imm; 3.12): X = S + A - P,
@ U = (X >= 0), imm12 = |X|, and the address stored to is PC + X = S + A
@ + 8. Fields `[pc, #-8]` (A = -8) are written by hand and the relocation
@ added with .reloc. Addresses: var 0x20200, lo 0x1ff00.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.var=0x20200
@ relocheck: --section-start=.lo=0x1ff00
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      s1 R_ARM_LDR_PC_G0 'var' P=0x00020000 S=0x00020200 A=-8 T=0 X=0x000001f8 : f8 31 8f e5 : str r3, [pc, #504]
@ DUMP-NEXT: s2 R_ARM_LDR_PC_G0 'lo' P=0x00020004 S=0x0001ff00 A=-8 T=0 X=0xfffffef4 : 0c 41 4f e5 : strb r4, [pc, #-268]

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ STR: X = 0x20200 - 8 - 0x20000 = 0x1f8, U = 1.
s1:     str r3, [pc, #-8]
        .reloc s1, R_ARM_LDR_PC_G0, var
@ expect s1 bytes: f8 31 8f e5
@ STRB backwards: X = 0x1ff00 - 8 - 0x20004 = -0x10c, U = 0.
s2:     strb r4, [pc, #-8]
        .reloc s2, R_ARM_LDR_PC_G0, lo
@ expect s2 bytes: 0c 41 4f e5
        bx lr

        .section .var, "aw", %progbits
        .globl var
var:    .word 0

        .section .lo, "aw", %progbits
        .globl lo
lo:     .word 0
