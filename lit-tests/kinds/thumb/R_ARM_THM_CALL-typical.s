@ R_ARM_THM_CALL: Thumb BL; X = ((S + A) | T) - P, written as v = X & ~1
@ (AAELF32 "Thumb32 relocations"; reference §3.3, whose bytes lld, GNU ld and
@ the model agree on). Sites and targets are the reference's worked examples:
@   BL at 0x20000 to Thumb fn 0x520004 -> 00 f1 00 f0 (v = 0x500000)
@   BL at 0x20012 to Thumb fn 0x10000  -> ef f7 f5 ff (v = -0x10016)
@ plus a BLX written by the producer to a Thumb function, which must become BL
@ (reference §4: the target's state decides, not the opcode in the object).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x520004 --section-start=.low=0x10000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
far1:   bl fnFar
@ expect far1 branch: fnFar thumb
@ expect far1 bytes: 00 f1 00 f0
        nop.w
        nop.w
        nop.w
        nop
low1:   bl fnLow
@ expect low1 branch: fnLow thumb
@ expect low1 bytes: ef f7 f5 ff
blx1:   blx fnFar
@ A BLX to a Thumb function is rewritten as BL; P = 0x20016, X = 0x4FFFEB,
@ v = 0x4FFFEA: S=0 I1=0 I2=1 (J1=1 J2=0) imm10 0x0FF imm11 0x7F5.
@ expect blx1 branch: fnFar thumb
@ expect blx1 bytes: ff f0 f5 f7
        bx lr

        .section .far, "ax", %progbits
        .thumb
        .globl fnFar
        .type fnFar, %function
fnFar:  bx lr

        .section .low, "ax", %progbits
        .thumb
        .globl fnLow
        .type fnLow, %function
fnLow:  bx lr
