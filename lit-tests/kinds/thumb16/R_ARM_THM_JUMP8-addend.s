@ R_ARM_THM_JUMP8 REL addend, read back from the B<c> (T1) field:
@ A = sign_extend(imm8:'0', 9) (reference §3.5: "REL addend: v"). Fields are
@ hand-encoded with .inst.n and the relocation planted with .reloc, so this
@ runs on armv7-a too (llvm-mc would widen B<c> there):
@   0xD0FE: BEQ, imm8 0xFE, A = -4 (what an assembler writes)
@   0xD0EE: BEQ, imm8 0xEE, A = -36
@   0xD10E: BNE, imm8 0x0E, A = +28
@   0xD000: BEQ, imm8 0, A = 0
@ fnT is at 0x20060, with 16 NOPs on either side.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tgt=0x20040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x20060 - 4 - 0x20000 = 0x5C: imm8 0x2E.
b1:     .inst.n 0xd0fe
        .reloc b1, R_ARM_THM_JUMP8, fnT
@ expect b1 branch: fnT thumb
@ expect b1 bytes: 2e d0
@ X = 0x20060 - 36 - 0x20002 = 0x3A: imm8 0x1D, lands 32 bytes before fnT.
b2:     .inst.n 0xd0ee
        .reloc b2, R_ARM_THM_JUMP8, fnT
@ expect b2 branch: fnT - 32 thumb
@ expect b2 bytes: 1d d0
@ X = 0x20060 + 28 - 0x20004 = 0x78: imm8 0x3C, lands 32 bytes after fnT.
b3:     .inst.n 0xd10e
        .reloc b3, R_ARM_THM_JUMP8, fnT
@ expect b3 branch: fnT + 32 thumb
@ expect b3 bytes: 3c d1
@ X = 0x20060 + 0 - 0x20006 = 0x5A: imm8 0x2D, lands at fnT + 4.
b4:     .inst.n 0xd000
        .reloc b4, R_ARM_THM_JUMP8, fnT
@ expect b4 branch: fnT + 4 thumb
@ expect b4 bytes: 2d d0
        bx lr

        .section .tgt, "ax", %progbits
        .thumb
        .rept 16
        nop
        .endr
        .globl fnT
        .type fnT, %function
fnT:    bx lr
        .rept 16
        nop
        .endr
