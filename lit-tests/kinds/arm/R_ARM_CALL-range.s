@ R_ARM_CALL at the exact ends of its range: BL reaches X in
@ [-0x2000000, 0x1fffffc] (step 4), BLX (CALL to a Thumb function) reaches
@ X & ~1 in [-0x2000000, 0x1fffffe] (step 2) (fact sheet 4, branch ranges).
@ Every site here must link; R_ARM_CALL-range-error.s goes one step beyond.
@ Targets sit in their own sections so that X lands exactly on each bound.
@ relocheck: --arch=armv7-a -Ttext=0x4000000
@ relocheck: --section-start=.max=0x6000004 --section-start=.maxT=0x600000e
@ relocheck: --section-start=.min=0x200000c --section-start=.minT=0x2000014
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x6000004 - 8 - 0x4000000 = 0x1fffffc (max), imm24 = 0x7fffff.
bmax:   bl fmax
@ expect bmax branch: fmax arm
@ expect bmax bytes: ff ff 7f eb
@ X = 0x200000c - 8 - 0x4000004 = -0x2000000 (min), imm24 = 0x800000.
bmin:   bl fmin
@ expect bmin branch: fmin arm
@ expect bmin bytes: 00 00 80 eb
@ BLX: X = 0x600000f - 8 - 0x4000008 = 0x1ffffff, X & ~1 = 0x1fffffe (max);
@ H = 1, imm24 = 0x7fffff.
xmax:   bl tmax
@ expect xmax branch: tmax thumb
@ expect xmax bytes: ff ff 7f fb
@ BLX: X = 0x2000015 - 8 - 0x400000c = -0x1ffffff, X & ~1 = -0x2000000 (min);
@ H = 0, imm24 = 0x800000.
xmin:   bl tmin
@ expect xmin branch: tmin thumb
@ expect xmin bytes: 00 00 80 fa
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
