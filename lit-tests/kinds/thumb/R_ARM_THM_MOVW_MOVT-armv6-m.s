@ Thumb MOVW/MOVT do not exist on Armv6-M (Armv6-M ARM DDI 0419; they came
@ with v6T2 and v8-M Baseline), so each of the four Thumb MOVW/MOVT kinds is
@ an error there. llvm-mc rejects movw/movt for thumbv6m: the fields are
@ hand-encoded (MOVW r0 / MOVT r0 with imm16 0) and the relocations planted
@ with .reloc.
@ relocheck: --arch=armv6-m -Ttext=0x20000 --section-start=.dat=0x40008
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
m1:     .inst.w 0xf2400000
        .reloc m1, R_ARM_THM_MOVW_ABS_NC, tgtD
@ expect m1 error: cannot appear in code for armv6-m
m2:     .inst.w 0xf2c00000
        .reloc m2, R_ARM_THM_MOVT_ABS, tgtD
@ expect m2 error: cannot appear in code for armv6-m
m3:     .inst.w 0xf2400000
        .reloc m3, R_ARM_THM_MOVW_PREL_NC, tgtD
@ expect m3 error: cannot appear in code for armv6-m
m4:     .inst.w 0xf2c00000
        .reloc m4, R_ARM_THM_MOVT_PREL, tgtD
@ expect m4 error: cannot appear in code for armv6-m
        bx lr

        .section .dat, "aw", %progbits
        .globl tgtD
tgtD:   .word 0
