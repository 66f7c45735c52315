@ A Thumb instruction place must be 2-byte aligned: a THM_PC12 (and a
@ THM_JUMP19) whose r_offset is odd cannot be a real LDR.W or B<c>.W, so
@ relocheck reports the place instead of patching bytes that straddle
@ halfwords. The fields (LDR.W r1 A = -4: F85F 1004; BEQ.W A = -4:
@ F43F AFFE) sit after a single .byte, as halfword pairs; .reloc plants the
@ relocations. An aligned THM_PC12 to the same literal links.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.lits=0x20100 --section-start=.tgt=0x20200
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ Pa 0x20000: X = 0x20100 - 4 - 0x20000 = 0xFC, U=1.
ok1:    ldr.w r1, lit
@ expect ok1 bytes: df f8 fc 10
        bx lr
        .byte 0
odd1:   .short 0xf85f, 0x1004
        .reloc odd1, R_ARM_THM_PC12, lit
@ expect odd1 error: the place 0x20007 is not 2-byte aligned, as a Thumb instruction must be
odd2:   .short 0xf43f, 0xaffe
        .reloc odd2, R_ARM_THM_JUMP19, fnT
@ expect odd2 error: the place 0x2000b is not 2-byte aligned, as a Thumb instruction must be
        .byte 0

        .section .lits, "a", %progbits
        .globl lit
lit:    .word 0

        .section .tgt, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
