@ R_ARM_THM_ALU_ABS_G3 REL addend: the imm8 field, unsigned and not
@ shifted (reference §3.13: "REL addend: imm8, unsigned"), so there is no
@ negative addend: the extremes 0 and 255 are read back instead. A is added
@ to the whole S before lane 3 is taken, so a carry into lane 3 shows, and a
@ sum past 2^32 wraps without an error. Fields are hand-encoded with
@ .inst.n and planted with .reloc:
@   0x20FF MOVS r0, #255:  A = 255
@   0x2100 MOVS r1, #0:    A = 0
@   0x3210 ADDS r2, #0x10: A = 0x10
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=absv=0x12345678 --defsym=nearCarry=0x12fffff0 --defsym=nearTop=0xfffffff0
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x12FFFFF0 + 255 = 0x130000EF: lane 3 = 0x13 (0x12 plus the carry).
a1:     .inst.n 0x20ff
        .reloc a1, R_ARM_THM_ALU_ABS_G3, nearCarry
@ expect a1 bytes: 13 20
@ X = 0x12345678: lane 3 = 0x12.
a2:     .inst.n 0x2100
        .reloc a2, R_ARM_THM_ALU_ABS_G3, absv
@ expect a2 bytes: 12 21
@ X = 0xFFFFFFF0 + 0x10 = 0 mod 2^32: lane 3 = 0x00, no error.
a3:     .inst.n 0x3210
        .reloc a3, R_ARM_THM_ALU_ABS_G3, nearTop
@ expect a3 bytes: 00 32
        bx lr
