@ R_ARM_THM_CALL on Armv7-M, which has no ARM state: a call to an ARM-state
@ function (STT_FUNC with bit 0 clear) cannot become BLX and no veneer can
@ reach ARM code, so the link must fail (Armv7-M ARM DDI 0403E: BLX
@ (immediate) does not exist; AAELF32 "Symbol Values": bit 0 clear means ARM).
@ llvm-mc cannot assemble ARM code for thumbv7m, so the ARM function is an
@ STT_FUNC alias of a data word: `.type` before `.set` leaves its bit 0 clear.
@ relocheck: --arch=armv7-m -Ttext=0x20000 --section-start=.armfn=0x22000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
c1:     bl fnA
@ expect c1 error: target is an ARM-state function, but armv7-m has no ARM state
@ A BLX (T2) the producer wrote, against an untyped label, also means ARM.
@ hw1 0xF7FF hw2 0xEFFE is BLX with A = -4.
c2:     .inst.w 0xf7ffeffe
        .reloc c2, R_ARM_THM_CALL, armword
@ expect c2 error: BLX enters ARM state, but armv7-m has no ARM state
@ The same call to a Thumb function links as BL (control).
c3:     bl fnT
@ expect c3 branch: fnT thumb
@ expect c3 bytes: 00 f0 01 f8
        bx lr
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .armfn, "a", %progbits
armword: .word 0
        .globl fnA
        .type fnA, %function
        .set fnA, armword
