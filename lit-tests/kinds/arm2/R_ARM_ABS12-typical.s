@ R_ARM_ABS12 on ARM LDR/STR (immediate, A1): X = S + A,
@ |X| <= 0xfff, written as U = (X >= 0) and imm12 = |X|; the base register
@ and the other bits are kept (fact sheet 3.12). No assembler syntax, so
@ the relocation is added with .reloc. Reference example (3.12, GNU ld and
@ model): `ldr r0, [r1, #16]` with S = 0x7c -> X = 0x8c, 8c 00 91 e5.
@ Addresses: s7c 0x7c, s100 0x100 (data, from a section placed low).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.sm=0x7c
@ RUN: %check %s | FileCheck %s
@ RUN: not relocheck dump %s 2>/dev/null | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      l1 R_ARM_ABS12 's7c' P=0x00020000 S=0x0000007c A=16 T=0 X=0x0000008c : 8c 00 91 e5 : ldr r0, [r1, #140]
@ DUMP-NEXT: s1 R_ARM_ABS12 's7c' P=0x00020004 S=0x0000007c A=0 T=0 X=0x0000007c : 7c 20 83 e5 : str r2, [r3, #124]

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ A = 16: X = 0x7c + 16 = 0x8c.
l1:     ldr r0, [r1, #16]
        .reloc l1, R_ARM_ABS12, s7c
@ expect l1 bytes: 8c 00 91 e5
@ A = 0: X = 0x7c.
s1:     str r2, [r3]
        .reloc s1, R_ARM_ABS12, s7c
@ expect s1 bytes: 7c 20 83 e5
@ AAELF32's table lists LDR and STR for ABS12, not the byte forms
@ (LDR_PC_G0 and the LDR_*_Gn groups take those): LDRB and STRB are
@ refused.
l2:     ldrb r4, [r5, #4]
        .reloc l2, R_ARM_ABS12, s100
@ expect l2 error: expected LDR/STR (immediate, A1, offset addressing) at the place, found 0xe5d54004
s2:     strb r6, [r7]
        .reloc s2, R_ARM_ABS12, s100
@ expect s2 error: expected LDR/STR (immediate, A1, offset addressing) at the place, found 0xe5c76000
        bx lr

        .section .sm, "a", %progbits
        .globl s7c
s7c:    .space 0x84
        .globl s100
s100:   .word 0
