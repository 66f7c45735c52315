@ R_ARM_THM_BF12 range: the offset X & ~1 (AAELF32 Result_Mask
@ X & 0x00001FFE) must fit 13 signed bits: [-0x1000, 0xFFE], step 2.
@ One step beyond, the BFCSEL becomes NOP.W: AAELF32 lets a linker replace
@ an out-of-range Branch Future with a NOP (or reuse an existing
@ trampoline, never make one) and asks for no error. Each target sits in
@ its own section so the offset lands exactly on a bound or one step
@ beyond it. An odd address (a data label) is a misaligned target: an error.
@ A plain even label (T = 0) links like a Thumb function. .text is
@ at 0x200000; each site is a BFCSEL, a NOP, the branch point (a NOP), the
@ else point (branch point + 2) and a NOP: 12 bytes.
@ relocheck: --arch=armv8.1-m.main -Ttext=0x200000 --section-start=.tmax=0x201002 --section-start=.tmin=0x1ff010 --section-start=.tover=0x20101c --section-start=.tunder=0x1ff026 --section-start=.odd=0x200100 --section-start=.plain=0x200200
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ offset 0x201002 - 0x200004 = 0xFFE: immA 0, immB 0x3FF, immC 1; boff 1,
@ condition NE, else bit 0 (branch point + 2).
smax:   bfcsel  .Lb1, tMax, .Le1, ne
@ expect smax branch: tMax thumb
@ expect smax bytes: 84 f0 ff ef
        nop
.Lb1:   nop
.Le1:   nop
        nop
@ offset 0x1FF010 - 0x200010 = -0x1000: immA 1, the rest 0.
smin:   bfcsel  .Lb2, tMin, .Le2, ne
@ expect smin branch: tMin thumb
@ expect smin bytes: 85 f0 01 e0
        nop
.Lb2:   nop
.Le2:   nop
        nop
@ offset 0x20101C - 0x20001C = 0x1000: NOP.W.
sover:  bfcsel  .Lb3, tOver, .Le3, ne
@ expect sover bytes: af f3 00 80
        nop
.Lb3:   nop
.Le3:   nop
        nop
@ offset 0x1FF026 - 0x200028 = -0x1002: NOP.W.
sunder: bfcsel  .Lb4, tUnder, .Le4, ne
@ expect sunder bytes: af f3 00 80
        nop
.Lb4:   nop
.Le4:   nop
        nop
@ offset 0x200101 - 4 - 0x200030 = 205 (A's bit 0 is not part of it).
sodd:   bfcsel  .Lb5, oddLabel, .Le5, ne
@ expect sodd error: value 205 (0xcd) is not a multiple of 2 (misaligned target)
        nop
.Lb5:   nop
.Le5:   nop
        nop
@ T = 0, offset 0x200200 - 0x200040 = 0x1C0.
splain: bfcsel  .Lb6, plainLabel, .Le6, ne
@ expect splain branch: plainLabel thumb
        nop
.Lb6:   nop
.Le6:   nop
        bx      lr

        .section .tmax, "ax", %progbits
        .thumb
        .globl tMax
        .type tMax, %function
tMax:   bx lr

        .section .tmin, "ax", %progbits
        .thumb
        .globl tMin
        .type tMin, %function
tMin:   bx lr

        .section .tover, "ax", %progbits
        .thumb
        .globl tOver
        .type tOver, %function
tOver:  bx lr

        .section .tunder, "ax", %progbits
        .thumb
        .globl tUnder
        .type tUnder, %function
tUnder: bx lr

        .section .odd, "a", %progbits
        .byte   0
oddLabel:
        .byte   0

        .section .plain, "ax", %progbits
        .thumb
plainLabel:
        nop
