@ R_ARM_THM_JUMP24 range on Armv7-M, both ends reached through a REL addend
@ held in the B.W field rather than through the target's address: v = X & ~1
@ must be in [-0x1000000, 0xFFFFFE] (reference §4). tHi and tLo are Thumb
@ functions (T = 1); the addend moves each site's v onto a bound or one step
@ past it.
@ relocheck: --arch=armv7-m -Ttext=0x2000000 --section-start=.thi=0x2ff0000 --section-start=.tlo=0x1000100
@ relocheck: --no-veneers
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
bmax:   b.w tHi + 0x10002
@ v = 0x2ff0000 + 0x10002 - 4 - 0x2000000 = 0xfffffe
@ expect bmax branch: tHi + 0x10002 thumb
@ expect bmax bytes: ff f3 ff 97
bover:  b.w tHi + 0x10008
@ v = 0x2ff0000 + 0x10008 - 4 - 0x2000004 = 0x1000000
@ expect bover error: value X & ~1 = 16777216 (0x1000000) is not in [-16777216, 16777214]
bmin:   b.w tLo - 0xf4
@ v = 0x1000100 - 0xf4 - 4 - 0x2000008 = -0x1000000
@ expect bmin branch: tLo - 0xf4 thumb
@ expect bmin bytes: 00 f4 00 90
bunder: b.w tLo - 0xf2
@ v = 0x1000100 - 0xf2 - 4 - 0x200000c = -0x1000002
@ expect bunder error: value X & ~1 = -16777218 (0xfefffffe) is not in [-16777216, 16777214]
        bx lr

        .section .thi, "ax", %progbits
        .thumb
        .globl tHi
        .type tHi, %function
tHi:    bx lr

        .section .tlo, "ax", %progbits
        .thumb
        .globl tLo
        .type tLo, %function
tLo:    bx lr
