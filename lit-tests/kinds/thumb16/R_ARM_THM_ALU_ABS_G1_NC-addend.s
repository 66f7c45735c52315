@ R_ARM_THM_ALU_ABS_G1_NC REL addend: the imm8 field, unsigned and not
@ shifted (reference §3.13: "REL addend: imm8, unsigned"), so there is no
@ negative addend: the extremes 0 and 255 are read back instead. A is added
@ to the whole S before lane 1 is taken, so a carry out of lane 0 shows.
@ Fields are hand-encoded with .inst.n and planted with .reloc:
@   0x20FF MOVS r0, #255:  A = 255
@   0x2100 MOVS r1, #0:    A = 0
@   0x32C0 ADDS r2, #0xC0: A = 0xC0
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=absv=0x12345678 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x12345678 + 255 = 0x12345777: lane 1 = 0x57 (0x56 plus the carry).
a1:     .inst.n 0x20ff
        .reloc a1, R_ARM_THM_ALU_ABS_G1_NC, absv
@ expect a1 bytes: 57 20
@ X = 0x12345678: lane 1 = 0x56.
a2:     .inst.n 0x2100
        .reloc a2, R_ARM_THM_ALU_ABS_G1_NC, absv
@ expect a2 bytes: 56 21
@ X = 0x22040 + 0xC0 = 0x22100 (no T in G1): lane 1 = 0x21.
a3:     .inst.n 0x32c0
        .reloc a3, R_ARM_THM_ALU_ABS_G1_NC, fnT
@ expect a3 bytes: 21 32
        bx lr

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
