@ R_ARM_THM_JUMP11 range: X = S + A - P in [-2048, 2046], step 2 (AAELF32
@ Thumb16 relocations; reference §4 table, lld and GNU ld both error one
@ step past each bound). Each target has its own section, placed so that X
@ lands exactly on a bound or one step beyond it; an untyped odd address
@ (--defsym) gives an odd X, which B (T2) cannot encode. armv6-m, so that
@ llvm-mc keeps `b` 16 bits wide and emits THM_JUMP11 (A = -4).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --section-start=.tmax=0x20802 --section-start=.tmin=0x1f806 --section-start=.tover=0x20808 --section-start=.tunder=0x1f808 --defsym=oddAddr=0x20101
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x20802 - 4 - 0x20000 = 2046: imm11 0x3FF.
bmax:   b tMax
@ expect bmax branch: tMax thumb
@ expect bmax bytes: ff e3
@ X = 0x1F806 - 4 - 0x20002 = -2048: imm11 0x400.
bmin:   b tMin
@ expect bmin branch: tMin thumb
@ expect bmin bytes: 00 e4
@ X = 0x20808 - 4 - 0x20004 = 2048.
bover:  b tOver
@ expect bover error: value 2048 (0x800) is not in [-2048, 2046]
@ X = 0x1F808 - 4 - 0x20006 = -2050.
bunder: b tUnder
@ expect bunder error: value -2050 (0xfffff7fe) is not in [-2048, 2046]
@ X = 0x20101 - 4 - 0x20008 = 245: in range, but odd.
bodd:   b oddAddr
@ expect bodd error: value 245 (0xf5) is not a multiple of 2 (misaligned target)
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
