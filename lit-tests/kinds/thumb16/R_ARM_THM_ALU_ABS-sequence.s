@ The Thumb-1 (v6-M) byte-lane sequence that builds a 32-bit constant with
@ THM_ALU_ABS_G3, G2_NC, G1_NC and G0_NC (AAELF32 Thumb16 relocations;
@ reference §3.13 example, lld, GNU ld and the model agree): absv =
@ 0x12345678 gives `12 20`, `34 30`, `56 30`, `78 30`. Each lane is
@ imm8 = (X >> 8n) & 0xFF; only G0 ORs in T. The decoded imm8 of every site
@ is also checked against the formula.
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=absv=0x12345678
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
g3:     movs r0, #:upper8_15:absv
@ expect g3 bytes: 12 20
        lsls r0, r0, #8
g2:     adds r0, #:upper0_7:absv
@ expect g2 bytes: 34 30
        lsls r0, r0, #8
g1:     adds r0, #:lower8_15:absv
@ expect g1 bytes: 56 30
        lsls r0, r0, #8
g0:     adds r0, #:lower0_7:absv
@ expect g0 bytes: 78 30
        bx lr
