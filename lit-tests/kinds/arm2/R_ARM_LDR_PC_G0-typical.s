@ R_ARM_LDR_PC_G0 on ARM LDR/LDRB (immediate, A1) with base PC:
@ X = S + A - P, |X| <= 0xfff, U = (X >= 0), imm12 = |X| (fact sheet
@ 3.12). llvm-mc emits it for `ldr rN, sym` to another section, with
@ the field `[pc, #-8]` (A = -8). Reference example (3.12, lld/GNU ld/
@ model): `ldr r0, [pc, #-8]` at 0x20020, X = 0x100 -> 0xe59f0100.
@ Addresses: lit 0x20128, lo 0x1ff00.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.lit=0x20128
@ relocheck: --section-start=.lo=0x1ff00
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      l1 R_ARM_LDR_PC_G0 'lit' P=0x00020020 S=0x00020128 A=-8 T=0 X=0x00000100 : 00 01 9f e5 : ldr r0, [pc, #256] => 0x00020128
@ DUMP-NEXT: l2 R_ARM_LDR_PC_G0 'lo' P=0x00020024 S=0x0001ff00 A=-8 T=0 X=0xfffffed4 : 2c 11 1f e5 : ldr r1, [pc, #-300] => 0x0001ff00
@ DUMP-NEXT: l3 R_ARM_LDR_PC_G0 'lit' P=0x00020028 S=0x00020128 A=-7 T=0 X=0x000000f9 : f9 20 df e5 : ldrb r2, [pc, #249] => 0x00020129
@ DUMP-NEXT: l4 R_ARM_LDR_PC_G0 'lit' P=0x0002002c S=0x00020128 A=-8 T=0 X=0x000000f4 : f4 30 9f e5 : ldr r3, [pc, #244] => 0x00020128

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
        .rept 8
        nop
        .endr
@ X = 0x20128 - 8 - 0x20020 = 0x100 (reference example).
l1:     ldr r0, lit
@ expect l1 bytes: 00 01 9f e5
@ Backwards, U = 0: X = 0x1ff00 - 8 - 0x20024 = -0x12c.
l2:     ldr r1, lo
@ expect l2 bytes: 2c 11 1f e5
@ LDRB at an odd address, A = -7 from llvm-mc: X = 0x20129 - 8 - 0x20028
@ = 0xf9.
l3:     ldrb r2, lit + 1
@ expect l3 bytes: f9 20 df e5
@ The same field written by hand, added with .reloc: X = 0x20128 - 8
@ - 0x2002c = 0xf4.
l4:     ldr r3, [pc, #-8]
        .reloc l4, R_ARM_LDR_PC_G0, lit
@ expect l4 bytes: f4 30 9f e5
        bx lr

        .section .lit, "a", %progbits
        .globl lit
lit:    .word 0x12345678

        .section .lo, "a", %progbits
        .globl lo
lo:     .word 0
