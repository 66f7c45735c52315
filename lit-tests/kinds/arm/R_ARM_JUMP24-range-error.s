@ R_ARM_JUMP24 one step beyond each end of its range (see
@ R_ARM_JUMP24-range.s for the sites exactly at the bounds): X = 0x1fffffc
@ + 4 and -0x2000000 - 4 must fail with the value and the inclusive range
@ (fact sheet 4); X % 4 != 0 must fail as misaligned (fact sheet 2: Al 4).
@ relocheck: --arch=armv7-a -Ttext=0x4000000
@ relocheck: --no-veneers
@ relocheck: --section-start=.max=0x6000008 --section-start=.min=0x2000008
@ relocheck: --section-start=.odd=0x4002000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x6000008 - 8 - 0x4000000 = 0x2000000.
bmax:   b fmax
@ expect bmax error: R_ARM_JUMP24 against 'fmax': value 33554432 (0x2000000) is not in [-33554432, 33554428]
@ X = 0x2000008 - 8 - 0x4000004 = -0x2000004.
bmin:   bne fmin
@ expect bmin error: R_ARM_JUMP24 against 'fmin': value -33554436 (0xfdfffffc) is not in [-33554432, 33554428]
@ X = 0x4002002 - 8 - 0x4000008 = 0x1ff2 = 8178 (untyped label, T = 0).
bodd:   b half
@ expect bodd error: R_ARM_JUMP24 against 'half': value 8178 (0x1ff2) is not a multiple of 4 (misaligned target)
        bx lr

        .section .max, "ax", %progbits
        .arm
        .type fmax, %function
fmax:   bx lr

        .section .min, "ax", %progbits
        .arm
        .type fmin, %function
fmin:   bx lr

        .section .odd, "ax", %progbits
        .arm
        .short 0
half:   .short 0
