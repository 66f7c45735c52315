@ R_ARM_THM_MOVW_PREL_NC: Thumb MOVW takes X[15:0] of X = ((S + A) | T) - P
@ (AAELF32 "Thumb32 relocations"; reference §3.7). The usual PC-relative
@ sequence is movw/movt of (sym - (base + 4)) then `base: add rD, pc`; the
@ assembler folds the distance from each instruction to base + 4 into A
@ (-12 for the MOVW, -8 for the MOVT), so both halves see the same value.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x40008 - 0x2000C = 0x1FFFC: MOVW 0xFFFC, MOVT 0x0001.
lo1:    movw r0, #:lower16:(tgtD - (base1 + 4))
hi1:    movt r0, #:upper16:(tgtD - (base1 + 4))
base1:  add r0, pc
@ expect lo1 value: tgtD - base1 - 4
@ expect lo1 bytes: 4f f6 fc 70
@ expect lo1 pair hi1: tgtD - base1 - 4
@ Thumb function fnT = 0x22040: the MOVW gets T, X = (0x22040 - 12) | 1
@ - 0x2000A = 0x202B (MOVW 0x202B); r1 + pc then holds fnT | 1.
lo2:    movw r1, #:lower16:(fnT - (base2 + 4))
hi2:    movt r1, #:upper16:(fnT - (base2 + 4))
base2:  add r1, pc
@ expect lo2 value: fnT - base2 - 4
@ expect lo2 bytes: 42 f2 2b 01
@ expect lo2 pair hi2: fnT - base2 - 4
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
