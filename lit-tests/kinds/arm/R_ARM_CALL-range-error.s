@ R_ARM_CALL one step beyond each end of its range (see R_ARM_CALL-range.s
@ for the sites exactly at the bounds): BL with X = 0x1fffffc + 4 and
@ -0x2000000 - 4; BLX with X & ~1 = 0x1fffffe + 2 and -0x2000000 - 2.
@ Each must fail with the value and the inclusive range (fact sheet 4).
@ relocheck: --arch=armv7-a -Ttext=0x4000000
@ relocheck: --no-veneers
@ relocheck: --section-start=.max=0x6000008 --section-start=.maxT=0x6000010
@ relocheck: --section-start=.min=0x2000008 --section-start=.minT=0x2000012
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x6000008 - 8 - 0x4000000 = 0x2000000.
bmax:   bl fmax
@ expect bmax error: R_ARM_CALL against 'fmax': value 33554432 (0x2000000) is not in [-33554432, 33554428]
@ X = 0x2000008 - 8 - 0x4000004 = -0x2000004.
bmin:   bl fmin
@ expect bmin error: R_ARM_CALL against 'fmin': value -33554436 (0xfdfffffc) is not in [-33554432, 33554428]
@ BLX: X = 0x6000011 - 8 - 0x4000008 = 0x2000001, X & ~1 = 0x2000000.
xmax:   bl tmax
@ expect xmax error: R_ARM_CALL against 'tmax': value X & ~1 = 33554432 (0x2000000) is not in [-33554432, 33554430]
@ BLX: X = 0x2000013 - 8 - 0x400000c = -0x2000001, X & ~1 = -0x2000002.
xmin:   bl tmin
@ expect xmin error: R_ARM_CALL against 'tmin': value X & ~1 = -33554434 (0xfdfffffe) is not in [-33554432, 33554430]
        bx lr

        .section .max, "ax", %progbits
        .arm
        .type fmax, %function
fmax:   bx lr

        .section .min, "ax", %progbits
        .arm
        .type fmin, %function
fmin:   bx lr

        .section .maxT, "ax", %progbits
        .balign 2
        .thumb
        .type tmax, %function
tmax:   bx lr

        .section .minT, "ax", %progbits
        .balign 2
        .thumb
        .type tmin, %function
tmin:   bx lr
