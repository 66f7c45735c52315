@ R_ARM_THM_ALU_ABS_G0_NC REL addend: the imm8 field, unsigned (reference
@ §3.13: "REL addend: imm8, unsigned"), so there is no negative addend:
@ the extremes 0 and 255 are read back instead. X = (S + A) | T. Fields
@ are hand-encoded with .inst.n and planted with .reloc:
@   0x20FF MOVS r0, #255: A = 255
@   0x2100 MOVS r1, #0:   A = 0
@   0x3201 ADDS r2, #1:   A = 1 (to a Thumb function: T is ORed, not added)
@   0x3304 ADDS r3, #4:   A = 4
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=absv=0x12345678 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x12345678 + 255 = 0x12345777: lane 0 = 0x77.
a1:     .inst.n 0x20ff
        .reloc a1, R_ARM_THM_ALU_ABS_G0_NC, absv
@ expect a1 bytes: 77 20
@ X = 0x12345678: lane 0 = 0x78.
a2:     .inst.n 0x2100
        .reloc a2, R_ARM_THM_ALU_ABS_G0_NC, absv
@ expect a2 bytes: 78 21
@ X = (0x22040 + 1) | 1 = 0x22041: lane 0 = 0x41, not 0x42.
a3:     .inst.n 0x3201
        .reloc a3, R_ARM_THM_ALU_ABS_G0_NC, fnT
@ expect a3 bytes: 41 32
@ X = (0x22040 + 4) | 1 = 0x22045: lane 0 = 0x45.
a4:     .inst.n 0x3304
        .reloc a4, R_ARM_THM_ALU_ABS_G0_NC, fnT
@ expect a4 bytes: 45 33
        bx lr

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
