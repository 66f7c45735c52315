@ R_ARM_THM_JUMP24 on Armv6-M: B.W (T4) does not exist there (Armv6-M ARM
@ DDI 0419 has only BL among the 32-bit branches), so a THM_JUMP24 site is an
@ error. llvm-mc will not assemble b.w for thumbv6m: the field is
@ hand-encoded (F7FF BFFE, B.W with A = -4) and the relocation planted with
@ .reloc. A BL (THM_CALL) to the same target links (control).
@ relocheck: --arch=armv6-m -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
j1:     .inst.w 0xf7ffbffe
        .reloc j1, R_ARM_THM_JUMP24, fnT
@ expect j1 error: B.W (T4) does not exist on armv6-m
@ v = 0x2000A - 4 - 0x20004 = 2.
c1:     bl fnT
@ expect c1 branch: fnT thumb
@ expect c1 bytes: 00 f0 01 f8
        bx lr
        .globl fnT
        .type fnT, %function
fnT:    bx lr
