@ R_ARM_THM_CALL range on Armv7-A (Thumb-2 BL/BLX with J1/J2): exact inclusive
@ bounds, reference §4 (measured with lld at max, max + step, min, min - step):
@   BL  (Thumb target): v = X & ~1 in [-0x1000000, 0xFFFFFE], step 2
@   BLX (ARM target):   v = S + A - Pa in [-0x1000000, 0xFFFFFC], step 4
@ Each target sits in its own section placed so that v lands exactly on a
@ bound or one step beyond it. The BLX sites all have P % 4 = 2, so a core
@ that used P instead of Pa = P & ~3 would be caught. .text is at 0x2000000.
@ relocheck: --arch=armv7-a -Ttext=0x2000000 --section-start=.tmax=0x3000002 --section-start=.tmin=0x1000008 --section-start=.tover=0x300000c --section-start=.tunder=0x100000e --section-start=.amax=0x3000010 --section-start=.amin=0x1000018 --section-start=.aover=0x300001c --section-start=.aunder=0x100001c
@ relocheck: --no-veneers
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
bmax:   bl tMax
@ v = 0x3000002 - 4 - 0x2000000 = 0xfffffe
@ expect bmax branch: tMax thumb
@ expect bmax bytes: ff f3 ff d7
bmin:   bl tMin
@ v = 0x1000008 - 4 - 0x2000004 = -0x1000000
@ expect bmin branch: tMin thumb
@ expect bmin bytes: 00 f4 00 d0
bover:  bl tOver
@ v = 0x300000c - 4 - 0x2000008 = 0x1000000
@ expect bover error: value X & ~1 = 16777216 (0x1000000) is not in [-16777216, 16777214]
bunder: bl tUnder
@ v = 0x100000e - 4 - 0x200000c = -0x1000002
@ expect bunder error: value X & ~1 = -16777218 (0xfefffffe) is not in [-16777216, 16777214]
        nop
xmax:   bl aMax
@ P = 0x2000012, Pa = 0x2000010: v = 0x3000010 - 4 - Pa = 0xfffffc
@ expect xmax branch: aMax arm
@ expect xmax bytes: ff f3 fe c7
xmin:   bl aMin
@ P = 0x2000016, Pa = 0x2000014: v = 0x1000018 - 4 - Pa = -0x1000000
@ expect xmin branch: aMin arm
@ expect xmin bytes: 00 f4 00 c0
xover:  bl aOver
@ P = 0x200001a, Pa = 0x2000018: v = 0x300001c - 4 - Pa = 0x1000000
@ expect xover error: value v = S + A - Pa = 16777216 (0x1000000) is not in [-16777216, 16777212]
xunder: bl aUnder
@ P = 0x200001e, Pa = 0x200001c: v = 0x100001c - 4 - Pa = -0x1000004
@ expect xunder error: value v = S + A - Pa = -16777220 (0xfefffffc) is not in [-16777216, 16777212]
        bx lr

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

        .section .amax, "ax", %progbits
        .arm
        .globl aMax
        .type aMax, %function
aMax:   bx lr

        .section .amin, "ax", %progbits
        .arm
        .globl aMin
        .type aMin, %function
aMin:   bx lr

        .section .aover, "ax", %progbits
        .arm
        .globl aOver
        .type aOver, %function
aOver:  bx lr

        .section .aunder, "ax", %progbits
        .arm
        .globl aUnder
        .type aUnder, %function
aUnder: bx lr
