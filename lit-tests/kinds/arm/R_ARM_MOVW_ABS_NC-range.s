@ R_ARM_MOVW_ABS_NC is never checked (_NC, fact sheet 1 and 3.7): X is
@ computed mod 2^32 and MOVW keeps X[15:0], whatever the upper bits. None
@ of these sites may fail: X below 0 wraps to 0xfffffff0, X = 0x10000 is
@ written as 0, X past 2^32 wraps to 0x10, and the largest imm16 0xffff.
@ Absolute symbols come from --defsym.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=low=0x10
@ relocheck: --defsym=edge=0xffff --defsym=high=0xfffffff0
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      r1 R_ARM_MOVW_ABS_NC 'low' P=0x00020000 S=0x00000010 A=-32 T=0 X=0xfffffff0
@ DUMP-NEXT: r2 R_ARM_MOVW_ABS_NC 'edge' P=0x00020004 S=0x0000ffff A=1 T=0 X=0x00010000
@ DUMP-NEXT: r3 R_ARM_MOVW_ABS_NC 'high' P=0x00020008 S=0xfffffff0 A=32 T=0 X=0x00000010
@ DUMP-NEXT: r4 R_ARM_MOVW_ABS_NC 'edge' P=0x0002000c S=0x0000ffff A=0 T=0 X=0x0000ffff

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x10 - 0x20 = 0xfffffff0: imm16 0xfff0 -> 0xe30f0ff0.
r1:     movw r0, #:lower16:(low - 0x20)
@ expect r1 value: low - 0x20
@ expect r1 bytes: f0 0f 0f e3
@ X = 0xffff + 1 = 0x10000 does not fit 16 bits: imm16 0 -> 0xe3001000.
r2:     movw r1, #:lower16:(edge + 1)
@ expect r2 value: edge + 1
@ expect r2 bytes: 00 10 00 e3
@ X = 0xfffffff0 + 0x20 = 0x10 (mod 2^32): imm16 0x10 -> 0xe3002010.
r3:     movw r2, #:lower16:(high + 0x20)
@ expect r3 value: 0x10
@ expect r3 bytes: 10 20 00 e3
@ X = 0xffff: imm16 0xffff -> 0xe30f3fff.
r4:     movw r3, #:lower16:edge
@ expect r4 value: edge
@ expect r4 bytes: ff 3f 0f e3
        bx lr
