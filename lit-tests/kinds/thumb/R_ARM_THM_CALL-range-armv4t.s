@ R_ARM_THM_CALL range on Armv4T: BL without J1/J2 reaches +-4 MiB,
@ v = X & ~1 in [-0x400000, 0x3FFFFE], step 2 (reference §4). There is no
@ BLX on v4T (ARM targets need a veneer: see R_ARM_THM_CALL-arch-errors-v4t.s).
@ relocheck: --arch=armv4t -Ttext=0x2000000 --section-start=.tmax=0x2400002 --section-start=.tmin=0x1c00008 --section-start=.tover=0x240000c --section-start=.tunder=0x1c0000e
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
