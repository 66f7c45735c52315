@ R_ARM_THM_CALL to an ARM-state function: the linker rewrites BL as BLX (T2),
@ whose target is Align(P + 4, 4) + v, so v = S + A - Pa with Pa = P & ~3
@ (AAELF32 "Call and Jump relocations"; reference §3.3 and §4). The two sites
@ are the reference's worked examples, one per value of P % 4:
@   BL at 0x20008 (P % 4 = 0) to ARM fn 0x22000 -> 01 f0 fa ef (v = 0x1FF4)
@   BL at 0x2000E (P % 4 = 2) to ARM fn 0x22000 -> 01 f0 f8 ef (v = 0x1FF0)
@ A BLX the producer wrote to an ARM function stays BLX (blx3).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.armfn=0x22000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: nop.w
        nop.w
blx1:   bl fnA
@ expect blx1 branch: fnA arm
@ expect blx1 bytes: 01 f0 fa ef
        nop
blx2:   bl fnA
@ expect blx2 branch: fnA arm
@ expect blx2 bytes: 01 f0 f8 ef
blx3:   blx fnA
@ P = 0x20012, Pa = 0x20010: v = 0x22000 - 4 - 0x20010 = 0x1FEC.
@ expect blx3 branch: fnA arm
@ expect blx3 bytes: 01 f0 f6 ef
        bx lr

        .section .armfn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
