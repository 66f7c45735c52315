@ R_ARM_THM_JUMP8 range: X = S + A - P in [-256, 254], step 2 (AAELF32
@ Thumb16 relocations; reference §4 table, lld and GNU ld both error one
@ step past each bound). Each target has its own section, placed so that X
@ lands exactly on a bound or one step beyond it; an untyped odd address
@ (--defsym) gives an odd X, which B<c> (T1) cannot encode. armv6-m, so
@ that llvm-mc keeps B<c> 16 bits wide and emits THM_JUMP8 (A = -4).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --section-start=.tmax=0x20102 --section-start=.tmin=0x1ff06 --section-start=.tover=0x20108 --section-start=.tunder=0x1ff08 --defsym=oddAddr=0x20051
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x20102 - 4 - 0x20000 = 254: imm8 0x7F.
bmax:   beq tMax
@ expect bmax branch: tMax thumb
@ expect bmax bytes: 7f d0
@ X = 0x1FF06 - 4 - 0x20002 = -256: imm8 0x80, BNE.
bmin:   bne tMin
@ expect bmin branch: tMin thumb
@ expect bmin bytes: 80 d1
@ X = 0x20108 - 4 - 0x20004 = 256.
bover:  beq tOver
@ expect bover error: value 256 (0x100) is not in [-256, 254]
@ X = 0x1FF08 - 4 - 0x20006 = -258.
bunder: bne tUnder
@ expect bunder error: value -258 (0xfffffefe) is not in [-256, 254]
@ X = 0x20051 - 4 - 0x20008 = 69: in range, but odd.
bodd:   bcs oddAddr
@ expect bodd error: value 69 (0x45) is not a multiple of 2 (misaligned target)
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
