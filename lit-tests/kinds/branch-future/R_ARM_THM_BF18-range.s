@ R_ARM_THM_BF18 range: the offset X & ~1 (AAELF32 Result_Mask
@ X & 0x0007FFFE) must fit 19 signed bits: [-0x40000, 0x3FFFE], step 2.
@ One step beyond, the BFL becomes NOP.W: AAELF32 lets a linker replace an
@ out-of-range Branch Future with a NOP (or reuse an existing trampoline,
@ never make one) and asks for no error; the branch at the branch point
@ still runs, only the hint is lost. Each target sits in its own section
@ so the offset lands exactly on a bound or one step beyond it. An odd
@ address (a data label) is a misaligned target: an error. A plain even
@ label (T = 0) links like a Thumb function. .text is at 0x200000; each
@ site is a BFL, a NOP and the branch point (a NOP).
@ relocheck: --arch=armv8.1-m.main -Ttext=0x200000 --section-start=.tmax=0x240002 --section-start=.tmin=0x1c000c --section-start=.tover=0x240014 --section-start=.tunder=0x1c001a --section-start=.odd=0x200100 --section-start=.plain=0x200200
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ offset 0x240002 - 0x200004 = 0x3FFFE: immA 0x3F, immB 0x3FF, immC 1.
smax:   bfl     .Lb1, tMax
@ expect smax branch: tMax thumb
@ expect smax bytes: bf f0 ff cf
        nop
.Lb1:   nop
@ offset 0x1C000C - 0x20000C = -0x40000: immA 0x40, the rest 0.
smin:   bfl     .Lb2, tMin
@ expect smin branch: tMin thumb
@ expect smin bytes: c0 f0 01 c0
        nop
.Lb2:   nop
@ offset 0x240014 - 0x200014 = 0x40000: NOP.W.
sover:  bfl     .Lb3, tOver
@ expect sover bytes: af f3 00 80
        nop
.Lb3:   nop
@ offset 0x1C001A - 0x20001C = -0x40002: NOP.W.
sunder: bfl     .Lb4, tUnder
@ expect sunder bytes: af f3 00 80
        nop
.Lb4:   nop
@ offset 0x200101 - 4 - 0x200020 = 221 (A's bit 0 is not part of it).
sodd:   bfl     .Lb5, oddLabel
@ expect sodd error: value 221 (0xdd) is not a multiple of 2 (misaligned target)
        nop
.Lb5:   nop
@ T = 0, offset 0x200200 - 0x20002C = 0x1D4.
splain: bfl     .Lb6, plainLabel
@ expect splain branch: plainLabel thumb
        nop
.Lb6:   nop
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
