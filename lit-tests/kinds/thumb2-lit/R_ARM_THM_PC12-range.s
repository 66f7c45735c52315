@ R_ARM_THM_PC12 range: X = S + A - Pa with |X| <= 0xFFF, both signs (the
@ sign goes into U; reference §2 and §3.9). No alignment: LDRB may load
@ from any byte. Byte targets in .dhi (0x21000) and .dlo (0x1F008) are
@ placed so that X lands exactly on +/-0xFFF or one step beyond.
@ llvm-mc writes A = -4 for each `ldrb.w rX, sym`.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dhi=0x21000 --section-start=.dlo=0x1f008
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ Pa 0x20000: X = 0x21003 - 4 - 0x20000 = 0xFFF, U=1 imm12 0xFFF.
rmax:   ldrb.w r0, dMax
@ expect rmax bytes: 9f f8 ff 0f
@ Pa 0x20004: X = 0x1F009 - 4 - 0x20004 = -0xFFF, U=0 imm12 0xFFF.
rmin:   ldrb.w r1, dMin
@ expect rmin bytes: 1f f8 ff 1f
@ Pa 0x20008: X = 0x2100C - 4 - 0x20008 = 0x1000.
rover:  ldrb.w r2, dOver
@ expect rover error: value 4096 (0x1000) is not in [-4095, 4095]
@ Pa 0x2000C: X = 0x1F010 - 4 - 0x2000C = -0x1000.
runder: ldrb.w r3, dUnder
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
