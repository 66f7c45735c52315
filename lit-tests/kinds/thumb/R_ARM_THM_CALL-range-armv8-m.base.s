@ R_ARM_THM_CALL range on Armv8-M Baseline: BL has J1/J2 (Armv8-M ARM
@ DDI 0553), so v = X & ~1 is in [-0x1000000, 0xFFFFFE], step 2 (reference §4).
@ No ARM state, so no BLX sites. Targets are placed so v lands on a bound or
@ one step beyond.
@ relocheck: --arch=armv8-m.base -Ttext=0x2000000 --section-start=.tmax=0x3000002 --section-start=.tmin=0x1000008 --section-start=.tover=0x300000c --section-start=.tunder=0x100000e
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
