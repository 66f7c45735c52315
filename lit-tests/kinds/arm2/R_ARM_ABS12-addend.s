@ R_ARM_ABS12 REL addend: imm12, negated when U (bit 23) = 0 (fact sheet
@ 1 and 3.12). U in the output follows the sign of X, not of the field.
@ Reference example (3.12, model): `ldr r0, [r1, #-16]` (A = -16) with
@ S = 0x7c -> X = 0x6c, 0xe591006c (GNU ld 2.40 ignores U and writes
@ 0xe511008c). Address: s7c 0x7c.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.sm=0x7c
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_ABS12 's7c' P=0x00020000 S=0x0000007c A=-16 T=0 X=0x0000006c : 6c 00 91 e5 : ldr r0, [r1, #108]
@ DUMP-NEXT: a2 R_ARM_ABS12 's7c' P=0x00020004 S=0x0000007c A=-256 T=0 X=0xffffff7c : 84 00 11 e5 : ldr r0, [r1, #-132]
@ DUMP-NEXT: a3 R_ARM_ABS12 's7c' P=0x00020008 S=0x0000007c A=2048 T=0 X=0x0000087c : 7c 28 83 e5 : str r2, [r3, #2172]
@ DUMP-NEXT: a4 R_ARM_ABS12 's7c' P=0x0002000c S=0x0000007c A=-124 T=0 X=0x00000000 : 00 40 95 e5 : ldr r4, [r5]
@ DUMP-NEXT: a5 R_ARM_ABS12 's7c' P=0x00020010 S=0x0000007c A=3971 T=0 X=0x00000fff : ff 6f 97 e5 : ldr r6, [r7, #4095]
@ DUMP-NEXT: a6 R_ARM_ABS12 's7c' P=0x00020014 S=0x0000007c A=-4095 T=0 X=0xfffff07d : 83 8f 09 e5 : str r8, [r9, #-3971]

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ Field U = 0, imm12 16: A = -16. X = 0x7c - 16 = 0x6c, U = 1.
a1:     ldr r0, [r1, #-16]
        .reloc a1, R_ARM_ABS12, s7c
@ expect a1 bytes: 6c 00 91 e5
@ A = -256: X = 0x7c - 0x100 = -0x84, U = 0, imm12 0x84.
a2:     ldr r0, [r1, #-256]
        .reloc a2, R_ARM_ABS12, s7c
@ expect a2 bytes: 84 00 11 e5
@ A = 2048: X = 0x87c.
a3:     str r2, [r3, #2048]
        .reloc a3, R_ARM_ABS12, s7c
@ expect a3 bytes: 7c 28 83 e5
@ A = -124: X = 0, written with U = 1.
a4:     ldr r4, [r5, #-124]
        .reloc a4, R_ARM_ABS12, s7c
@ expect a4 bytes: 00 40 95 e5
@ A = 3971: X = 0x7c + 0xf83 = 0xfff.
a5:     ldr r6, [r7, #3971]
        .reloc a5, R_ARM_ABS12, s7c
@ expect a5 bytes: ff 6f 97 e5
@ Field U = 0, imm12 0xfff: A = -4095 (most negative). X = 0x7c - 0xfff
@ = -0xf83, U = 0.
a6:     str r8, [r9, #-4095]
        .reloc a6, R_ARM_ABS12, s7c
@ expect a6 bytes: 83 8f 09 e5
        bx lr

        .section .sm, "a", %progbits
        .globl s7c
s7c:    .word 0
