@ Armv8-M Baseline has MOVW (T3) and MOVT (T1) (Armv8-M ARM DDI 0553), so the
@ four Thumb MOVW/MOVT kinds link there exactly as on Armv7 (reference §3.7).
@ tgtD = 0x40008; Thumb fnT = 0x22040.
@ relocheck: --arch=armv8-m.base -Ttext=0x20000 --section-start=.dat=0x40008 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ ABS of a Thumb function: (S + A) | T = 0x22041.
w1:     movw r0, #:lower16:fnT
t1:     movt r0, #:upper16:fnT
@ expect w1 bytes: 42 f2 41 00
@ expect t1 bytes: c0 f2 02 00
@ expect w1 pair t1: fnT
@ PREL: X = 0x40008 - (0x20010 + 4) = 0x1FFF4.
w2:     movw r1, #:lower16:(tgtD - (base + 4))
t2:     movt r1, #:upper16:(tgtD - (base + 4))
base:   add r1, pc
@ expect w2 bytes: 4f f6 f4 71
@ expect t2 bytes: c0 f2 01 01
@ expect w2 pair t2: tgtD - base - 4
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
