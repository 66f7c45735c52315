@ R_ARM_THM_CALL range on Armv5TE: BL and BLX are the pre-Thumb-2 pair of
@ halves without J1/J2, so the reach is +-4 MiB (reference §3.3 and §4,
@ measured with lld and GNU ld):
@   BL  (Thumb target): v = X & ~1 in [-0x400000, 0x3FFFFE], step 2
@   BLX (ARM target):   v = S + A - Pa in [-0x400000, 0x3FFFFC], step 4
@ The BLX sites have P % 4 = 2, so Pa = P & ~3 matters. .text is at 0x2000000.
@ relocheck: --arch=armv5te -Ttext=0x2000000 --section-start=.tmax=0x2400002 --section-start=.tmin=0x1c00008 --section-start=.tover=0x240000c --section-start=.tunder=0x1c0000e --section-start=.amax=0x2400010 --section-start=.amin=0x1c00018 --section-start=.aover=0x240001c --section-start=.aunder=0x1c0001c
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
@ v = 0x2400002 - 4 - 0x2000000 = 0x3ffffe
@ expect bmax branch: tMax thumb
@ expect bmax bytes: ff f3 ff ff
bmin:   bl tMin
@ v = 0x1c00008 - 4 - 0x2000004 = -0x400000
@ expect bmin branch: tMin thumb
@ expect bmin bytes: 00 f4 00 f8
bover:  bl tOver
@ v = 0x240000c - 4 - 0x2000008 = 0x400000
@ expect bover error: value X & ~1 = 4194304 (0x400000) is not in [-4194304, 4194302]
bunder: bl tUnder
@ v = 0x1c0000e - 4 - 0x200000c = -0x400002
@ expect bunder error: value X & ~1 = -4194306 (0xffbffffe) is not in [-4194304, 4194302]
        nop
xmax:   bl aMax
@ P = 0x2000012, Pa = 0x2000010: v = 0x2400010 - 4 - Pa = 0x3ffffc
@ expect xmax branch: aMax arm
@ expect xmax bytes: ff f3 fe ef
xmin:   bl aMin
@ P = 0x2000016, Pa = 0x2000014: v = 0x1c00018 - 4 - Pa = -0x400000
@ expect xmin branch: aMin arm
@ expect xmin bytes: 00 f4 00 e8
xover:  bl aOver
@ P = 0x200001a, Pa = 0x2000018: v = 0x240001c - 4 - Pa = 0x400000
@ expect xover error: value v = S + A - Pa = 4194304 (0x400000) is not in [-4194304, 4194300]
xunder: bl aUnder
@ P = 0x200001e, Pa = 0x200001c: v = 0x1c0001c - 4 - Pa = -0x400004
@ expect xunder error: value v = S + A - Pa = -4194308 (0xffbffffc) is not in [-4194304, 4194300]
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
