@ R_ARM_THM_ALU_PREL_11_0 range: X = ((S + A) | T) - Pa with
@ |X| <= 0xFFF, both signs (the sign picks ADDW or SUBW; reference §2 and
@ §3.10). No alignment: ADR may address any byte. Byte targets in .dhi
@ (0x21000) and .dlo (0x1F008) are placed so that X lands exactly on
@ +/-0xFFF or one step beyond. llvm-mc writes A = -4 for each `adr.w`.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dhi=0x21000 --section-start=.dlo=0x1f008
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ Pa 0x20000: X = 0x21003 - 4 - 0x20000 = 0xFFF: ADDW, i=1 imm3=7 imm8 0xFF.
rmax:   adr.w r0, dMax
@ expect rmax bytes: 0f f6 ff 70
@ Pa 0x20004: X = 0x1F009 - 4 - 0x20004 = -0xFFF: SUBW, imm12 0xFFF.
rmin:   adr.w r1, dMin
@ expect rmin bytes: af f6 ff 71
@ Pa 0x20008: X = 0x2100C - 4 - 0x20008 = 0x1000.
rover:  adr.w r2, dOver
@ expect rover error: value 4096 (0x1000) is not in [-4095, 4095]
@ Pa 0x2000C: X = 0x1F010 - 4 - 0x2000C = -0x1000.
runder: adr.w r3, dUnder
@ expect runder error: value -4096 (0xfffff000) is not in [-4095, 4095]
        bx lr

        .section .dhi, "a", %progbits
        .space 3
        .globl dMax, dOver
dMax:   .byte 1
        .space 8
dOver:  .byte 2

        .section .dlo, "a", %progbits
        .space 1
        .globl dMin, dUnder
dMin:   .byte 3
        .space 6
dUnder: .byte 4
