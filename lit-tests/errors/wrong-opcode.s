@ The opcode is checked before any bit is written: R_ARM_CALL on a NOP, and
@ R_ARM_THM_MOVW_ABS_NC on a BL, are errors that say what was expected and
@ what was found.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: wrong-opcode.s:(.text+0x0): error: R_ARM_CALL against 'tgt': expected BL (A1) or BLX (immediate, A2) at the place, found 0xe320f000
@ CHECK: wrong-opcode.s:(.thm+0x0): error: R_ARM_THM_MOVW_ABS_NC against 'tgt': expected MOVW (T3) at the place, found f000 f800
        .syntax unified
        .arm
        .text
        .reloc ., R_ARM_CALL, tgt
        nop
tgt:    bx lr
        .section .thm, "ax", %progbits
        .thumb
        .reloc ., R_ARM_THM_MOVW_ABS_NC, tgt
        .inst.w 0xf000f800
