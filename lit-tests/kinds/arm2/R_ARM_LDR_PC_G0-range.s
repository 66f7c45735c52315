@ R_ARM_LDR_PC_G0 accepts |X| <= 0xfff, X = S + A - P, step 1 (fact
@ sheet 2, row 4, and 3.12): sites exactly at X = 4095 and X = -4095 link
@ (the sign goes to U); one step beyond each end fails with the value and
@ the inclusive range. All fields are `[pc, #-8]` (A = -8) from llvm-mc.
@ Targets: lmax 0x21007, lover 0x2100c, lmin 0x1f011, lunder 0x1f014.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.hi=0x21007
@ relocheck: --section-start=.lo=0x1f011
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ Max: X = 0x21007 - 8 - 0x20000 = 0xfff, U = 1.
max:    ldr r0, lmax
@ expect max bytes: ff 0f 9f e5
@ One step beyond: X = 0x2100c - 8 - 0x20004 = 0x1000.
over:   ldr r1, lover
@ expect over error: R_ARM_LDR_PC_G0 against 'lover': value 4096 (0x1000) is not in [-4095, 4095]
@ Min: X = 0x1f011 - 8 - 0x20008 = -0xfff, U = 0.
min:    ldr r2, lmin
@ expect min bytes: ff 2f 1f e5
@ One step beyond: X = 0x1f014 - 8 - 0x2000c = -0x1000.
under:  ldrb r3, lunder
@ expect under error: R_ARM_LDR_PC_G0 against 'lunder': value -4096 (0xfffff000) is not in [-4095, 4095]
        bx lr

        .section .hi, "a", %progbits
        .globl lmax
lmax:   .byte 0, 0, 0, 0, 0
        .globl lover
lover:  .byte 0

        .section .lo, "a", %progbits
        .globl lmin
lmin:   .byte 0, 0, 0
        .globl lunder
lunder: .byte 0
