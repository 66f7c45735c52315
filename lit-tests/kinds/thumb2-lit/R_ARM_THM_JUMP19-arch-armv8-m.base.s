@ R_ARM_THM_JUMP19 on armv8-m.base: B<c>.W (T3) needs full Thumb-2 (the
@ Armv8-M Baseline has no B<c>.W; Armv8-M ARM DDI 0553), so a THM_JUMP19 site
@ is an error. llvm-mc will not assemble beq.w there: the field is
@ hand-encoded (F43F AFFE, BEQ.W with A = -4) and planted with .reloc. A BL
@ (THM_CALL) to the same target links (control).
@ relocheck: --arch=armv8-m.base -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
j1:     .inst.w 0xf43faffe
        .reloc j1, R_ARM_THM_JUMP19, fnT
@ expect j1 error: cannot appear in code for armv8-m.base: the instruction needs full Thumb-2 (v6T2, v7, v8-M Mainline)
@ v = 0x2000A - 4 - 0x20004 = 2.
c1:     bl fnT
@ expect c1 branch: fnT thumb
@ expect c1 bytes: 00 f0 01 f8
        bx lr
        .globl fnT
        .type fnT, %function
fnT:    bx lr
