@ R_ARM_THM_MOVT_PREL: Thumb MOVT takes X[31:16] of X = S + A - P (no T)
@ (AAELF32 "Thumb32 relocations"; reference §3.7). In the usual sequence the
@ MOVT sits 4 bytes after the MOVW and the assembler gives it A = -8 against
@ the MOVW's -12, so both halves describe sym - (base + 4).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x40008 --section-start=.low=0x10000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ Forward: X = 0x40008 - 0x2000C = 0x1FFFC, MOVT 0x0001.
lo1:    movw r0, #:lower16:(tgtD - (base1 + 4))
hi1:    movt r0, #:upper16:(tgtD - (base1 + 4))
base1:  add r0, pc
@ expect hi1 value: tgtD - base1 - 4
@ expect hi1 bytes: c0 f2 01 00
@ expect lo1 pair hi1: tgtD - base1 - 4
@ Backward: X = 0x10000 - 0x20016 = -0x10016 = 0xFFFEFFEA: MOVT 0xFFFE
@ (the borrow reaches the top half), MOVW 0xFFEA.
lo2:    movw r1, #:lower16:(tgtLow - (base2 + 4))
hi2:    movt r1, #:upper16:(tgtLow - (base2 + 4))
base2:  add r1, pc
@ expect hi2 value: tgtLow - base2 - 4
@ expect hi2 bytes: cf f6 fe 71
@ expect lo2 bytes: 4f f6 ea 71
@ expect lo2 pair hi2: tgtLow - base2 - 4
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .low, "aw", %progbits
        .globl tgtLow
tgtLow: .word 0
