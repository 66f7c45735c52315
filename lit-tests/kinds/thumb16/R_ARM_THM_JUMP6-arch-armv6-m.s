@ R_ARM_THM_JUMP6 on armv6-m: CBZ/CBNZ need Thumb-2 or v8-M Baseline (Armv6-M
@ ARM DDI 0419 has no CBZ/CBNZ), so a THM_JUMP6 site is an error even though
@ the target is in range. The CBZ r0 field (0xB3F0, A = -4) is planted with
@ .reloc. A 16-bit B (THM_JUMP11) to the same target links (control).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --section-start=.tgt=0x20040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
c1:     .inst.n 0xb3f0
        .reloc c1, R_ARM_THM_JUMP6, fnT
@ expect c1 error: cannot appear in code for armv6-m: CBZ/CBNZ need Thumb-2 or v8-M Baseline
@ X = 0x20040 - 4 - 0x20002 = 0x3A: imm11 0x01D, 0xE01D.
b1:     .inst.n 0xe7fe
        .reloc b1, R_ARM_THM_JUMP11, fnT
@ expect b1 branch: fnT thumb
@ expect b1 bytes: 1d e0
        bx lr

        .section .tgt, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
