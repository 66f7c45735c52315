@ R_ARM_THM_JUMP6 on armv8-m.base: v8-M Baseline has CBZ/CBNZ although it
@ lacks most of Thumb-2 (Armv8-M ARM DDI 0553: CBNZ, CBZ are in the
@ Baseline), so the sites link (reference §4 table: "Thumb-2, v8-M").
@ Fields planted with .reloc: CBZ r0 0xB3F0 and CBNZ r2 0xBBF2, A = -4.
@ relocheck: --arch=armv8-m.base -Ttext=0x20000 --section-start=.tgt=0x2004a
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x2004A - 4 - 0x20000 = 0x46: i=1 imm5=3, 0xB318 (reference §3.6).
c1:     .inst.n 0xb3f0
        .reloc c1, R_ARM_THM_JUMP6, fnT
@ expect c1 branch: fnT thumb
@ expect c1 bytes: 18 b3
@ X = 0x2004A - 4 - 0x20002 = 0x44: i=1 imm5=2, CBNZ r2 0xBB12.
c2:     .inst.n 0xbbf2
        .reloc c2, R_ARM_THM_JUMP6, fnT
@ expect c2 branch: fnT thumb
@ expect c2 bytes: 12 bb
        bx lr

        .section .tgt, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
