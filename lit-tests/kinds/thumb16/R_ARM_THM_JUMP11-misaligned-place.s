@ A Thumb instruction place must be 2-byte aligned: a THM_JUMP11 (and a
@ THM_PC8) whose r_offset is odd cannot be a real B or LDR, so relocheck
@ reports the place instead of patching bytes that straddle two halfwords. The
@ fields sit after a single .byte; .reloc plants the relocations. An aligned
@ THM_JUMP11 to the same target links.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tgt=0x20100 --section-start=.lits=0x20200
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x20100 - 4 - 0x20000 = 0xFC: imm11 0x07E.
ok1:    .inst.n 0xe7fe
        .reloc ok1, R_ARM_THM_JUMP11, fnT
@ expect ok1 branch: fnT thumb
@ expect ok1 bytes: 7e e0
        bx lr
        .byte 0
odd1:   .short 0xe7fe
        .reloc odd1, R_ARM_THM_JUMP11, fnT
@ expect odd1 error: the place 0x20005 is not 2-byte aligned, as a Thumb instruction must be
odd2:   .short 0x48ff
        .reloc odd2, R_ARM_THM_PC8, lit
@ expect odd2 error: the place 0x20007 is not 2-byte aligned, as a Thumb instruction must be
        .byte 0

        .section .tgt, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .lits, "a", %progbits
        .globl lit
lit:    .word 0
