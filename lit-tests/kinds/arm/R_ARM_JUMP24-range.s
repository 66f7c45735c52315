@ R_ARM_JUMP24 at the exact ends of its range: X in [-0x2000000, 0x1fffffc],
@ step 4 (fact sheet 4, branch ranges). Every site here must link;
@ R_ARM_JUMP24-range-error.s goes one step beyond.
@ relocheck: --arch=armv7-a -Ttext=0x4000000
@ relocheck: --section-start=.max=0x6000004 --section-start=.min=0x200000c
@ relocheck: --section-start=.max2=0x600000c
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x6000004 - 8 - 0x4000000 = 0x1fffffc (max), imm24 0x7fffff.
bmax:   b fmax
@ expect bmax branch: fmax arm
@ expect bmax bytes: ff ff 7f ea
@ X = 0x200000c - 8 - 0x4000004 = -0x2000000 (min), imm24 0x800000.
bmin:   b fmin
@ expect bmin branch: fmin arm
@ expect bmin bytes: 00 00 80 ea
@ BLGT at max: X = 0x600000c - 8 - 0x4000008 = 0x1fffffc, cond GT (0xc).
cmax:   blgt fmax2
@ expect cmax branch: fmax2 arm
@ expect cmax bytes: ff ff 7f cb
@ BEQ at min: X = 0x200000c - 8 - 0x400000c = -0x2000008 is beyond, so aim
@ it at fmin + 8 through the addend instead: field imm24 0x000000 (A = 0),
@ X = 0x200000c + 0 - 0x400000c = -0x2000000 (min).
cmin:   .inst 0x0a000000
        .reloc cmin, R_ARM_JUMP24, fmin
@ expect cmin branch: fmin + 8 arm
@ expect cmin bytes: 00 00 80 0a
        bx lr

        .section .max, "ax", %progbits
        .arm
        .type fmax, %function
fmax:   bx lr

        .section .max2, "ax", %progbits
        .arm
        .type fmax2, %function
fmax2:  bx lr

        .section .min, "ax", %progbits
        .arm
        .type fmin, %function
fmin:   bx lr
        bx lr
        bx lr
