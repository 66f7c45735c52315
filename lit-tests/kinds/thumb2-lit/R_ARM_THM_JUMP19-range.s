@ R_ARM_THM_JUMP19 range: B<c>.W (T3) reaches v = X & ~1 in
@ [-0x100000, 0xFFFFE], step 2 (reference §4 table, measured with lld and
@ GNU ld at max, max + step, min, min - step). Each target sits in its own
@ section placed so that v lands exactly on a bound or one step beyond it;
@ an untyped odd address (--defsym) gives an odd X. .text is at 0x200000.
@ Veneers are off: this measures the direct reach of B<c>.W.
@ relocheck: --arch=armv7-a -Ttext=0x200000 --section-start=.tmax=0x300002 --section-start=.tmin=0x100008 --section-start=.tover=0x30000c --section-start=.tunder=0x10000e --defsym=oddAddr=0x200101
@ relocheck: --no-veneers
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ v = 0x300002 - 4 - 0x200000 = 0xFFFFE: S=0 J2=1 J1=1 imm6 0x3F imm11 0x7FF.
jmax:   beq.w tMax
@ expect jmax branch: tMax thumb
@ expect jmax bytes: 3f f0 ff af
@ v = 0x100008 - 4 - 0x200004 = -0x100000: S=1, the rest 0; BNE (cond 1).
jmin:   bne.w tMin
@ expect jmin branch: tMin thumb
@ expect jmin bytes: 40 f4 00 80
@ v = 0x30000C - 4 - 0x200008 = 0x100000.
jover:  beq.w tOver
@ expect jover error: value X & ~1 = 1048576 (0x100000) is not in [-1048576, 1048574]
@ v = 0x10000E - 4 - 0x20000C = -0x100002.
junder: bne.w tUnder
@ expect junder error: value X & ~1 = -1048578 (0xffeffffe) is not in [-1048576, 1048574]
@ X = 0x200101 - 4 - 0x200010 = 237: in range, but odd (T = 0).
jodd:   bgt.w oddAddr
@ expect jodd error: value 237 (0xed) is not a multiple of 2 (misaligned target)
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
