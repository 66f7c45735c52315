@ R_ARM_THM_ALU_ABS_G2_NC REL addend: the imm8 field, unsigned and not
@ shifted (reference §3.13: "REL addend: imm8, unsigned"), so there is no
@ negative addend: the extremes 0 and 255 are read back instead. A is added
@ to the whole S before lane 2 is taken, so a carry into lane 2 shows.
@ Fields are hand-encoded with .inst.n and planted with .reloc:
@   0x20FF MOVS r0, #255:  A = 255
@   0x2100 MOVS r1, #0:    A = 0
@   0x3280 ADDS r2, #0x80: A = 0x80
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=absv=0x12345678 --defsym=nearCarry=0x0012fff0 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x0012FFF0 + 255 = 0x001300EF: lane 2 = 0x13 (0x12 plus the carry).
a1:     .inst.n 0x20ff
        .reloc a1, R_ARM_THM_ALU_ABS_G2_NC, nearCarry
@ expect a1 bytes: 13 20
@ X = 0x12345678: lane 2 = 0x34.
a2:     .inst.n 0x2100
        .reloc a2, R_ARM_THM_ALU_ABS_G2_NC, absv
@ expect a2 bytes: 34 21
@ X = 0x22040 + 0x80 = 0x220C0 (no T in G2): lane 2 = 0x02.
a3:     .inst.n 0x3280
        .reloc a3, R_ARM_THM_ALU_ABS_G2_NC, fnT
@ expect a3 bytes: 02 32
        bx lr

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
