@ R_ARM_THM_JUMP19 REL addends whose sign bit differs from J1 and J2
@ (|A| >= 2^19): the decode is S:J2:J1:imm6:imm11:'0', not a 20-bit
@ sign extension that would read them as S:S:S:... (ld.lld 22 reads both
@ fields below wrong: A = 0 for the first, -2 for the second). The fields
@ are hand-encoded with .inst.w (BEQ.W, T3):
@   F400 8000: S=1 J2=0 J1=0 imm6 0    imm11 0,     A = -0x100000
@   F03F AFFF: S=0 J2=1 J1=1 imm6 0x3F imm11 0x7FF, A = +0xFFFFE
@ lowT is at 0x100120, fnT at 0x200120, NOPs around both. A REL addend
@ holds the -4 of the PC bias: a branch lands at S + A + 4.
@ relocheck: --arch=armv7-a -Ttext=0x200000 --section-start=.tgt=0x200100 --section-start=.low=0x100100
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x200120 - 0x100000 - 0x200000 = -0xFFEE0: S=1 J2=0 J1=0 imm6 0
@ imm11 0x090.
w1:     .inst.w 0xf4008000
        .reloc w1, R_ARM_THM_JUMP19, fnT
@ expect w1 branch: fnT - 0xFFFFC thumb
@ expect w1 bytes: 00 f4 90 80
@ X = (0x100120 + 0xFFFFE) | 1 - 0x200004 = 0x11B: imm11 0x08D.
w2:     .inst.w 0xf03fafff
        .reloc w2, R_ARM_THM_JUMP19, lowT
@ expect w2 branch: lowT + 0x100002 thumb
@ expect w2 bytes: 00 f0 8d 80
        bx lr

        .section .tgt, "ax", %progbits
        .thumb
        .rept 16
        nop
        .endr
        .globl fnT
        .type fnT, %function
fnT:    bx lr
        .rept 16
        nop
        .endr

        .section .low, "ax", %progbits
        .thumb
        .rept 16
        nop
        .endr
        .globl lowT
        .type lowT, %function
lowT:   bx lr
        .rept 16
        nop
        .endr
