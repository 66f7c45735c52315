@ R_ARM_ABS12 accepts |X| <= 0xfff, X = S + A (fact sheet 2, row 6, and
@ 3.12): sites exactly at X = 4095 and X = -4095 link (the sign goes to U),
@ one step beyond each end fails with the value and the inclusive range.
@ An ARM instruction place must be word aligned. Negative X comes from
@ fields with U = 0 against absolute symbols; s_ff0 is at 0xff0.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.hi=0xff0
@ relocheck: --defsym=zero=0 --defsym=m1=0xffffffff
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ Max: X = 0xff0 + 15 = 0xfff, U = 1.
max:    ldr r0, [r1, #15]
        .reloc max, R_ARM_ABS12, s_ff0
@ expect max bytes: ff 0f 91 e5
@ One step beyond: X = 0xff0 + 16 = 0x1000.
over:   ldr r0, [r1, #16]
        .reloc over, R_ARM_ABS12, s_ff0
@ expect over error: R_ARM_ABS12 against 's_ff0': value 4096 (0x1000) is not in [-4095, 4095]
@ Min: X = 0 - 4095 = -0xfff, U = 0, imm12 0xfff.
min:    ldr r0, [r1, #-4095]
        .reloc min, R_ARM_ABS12, zero
@ expect min bytes: ff 0f 11 e5
@ Min from another S: X = 0xffffffff - 4094 = -0xfff (mod 2^32), STR.
min2:   str r2, [r3, #-4094]
        .reloc min2, R_ARM_ABS12, m1
@ expect min2 bytes: ff 2f 03 e5
@ One step beyond: X = 0xffffffff - 4095 = -0x1000.
under:  ldr r0, [r1, #-4095]
        .reloc under, R_ARM_ABS12, m1
@ expect under error: R_ARM_ABS12 against 'm1': value -4096 (0xfffff000) is not in [-4095, 4095]
@ X = 0 writes U = 1 and imm12 0 (a field `#-0` is not produced).
zero0:  ldr r4, [r5]
        .reloc zero0, R_ARM_ABS12, zero
@ expect zero0 bytes: 00 40 95 e5
@ Place 0x20019 is not word aligned.
        .byte 0
mis:    .inst 0xe5910000
        .reloc mis, R_ARM_ABS12, zero
@ expect mis error: R_ARM_ABS12 against 'zero': the place 0x20019 is not 4-byte aligned, as an ARM instruction must be
        .byte 0, 0, 0

        .section .hi, "a", %progbits
        .globl s_ff0
s_ff0:  .word 0
