@ R_ARM_THM_JUMP11 REL addend, read back from the B (T2) field:
@ A = sign_extend(imm11:'0', 12) (reference §3.5: "REL addend: v"). Fields
@ are hand-encoded with .inst.n and the relocation planted with .reloc, so
@ this runs on armv7-a too (llvm-mc would widen `b` there):
@   0xE7FE: imm11 0x7FE, A = -4 (what an assembler writes)
@   0xE7EE: imm11 0x7EE, A = -36
@   0xE00E: imm11 0x00E, A = +28
@   0xE000: imm11 0, A = 0
@ fnT is at 0x20420, with 16 NOPs on either side.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tgt=0x20400
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x20420 - 4 - 0x20000 = 0x41C: imm11 0x20E.
b1:     .inst.n 0xe7fe
        .reloc b1, R_ARM_THM_JUMP11, fnT
@ expect b1 branch: fnT thumb
@ expect b1 bytes: 0e e2
@ X = 0x20420 - 36 - 0x20002 = 0x3FA: imm11 0x1FD, lands 32 bytes before fnT.
b2:     .inst.n 0xe7ee
        .reloc b2, R_ARM_THM_JUMP11, fnT
@ expect b2 branch: fnT - 32 thumb
@ expect b2 bytes: fd e1
@ X = 0x20420 + 28 - 0x20004 = 0x438: imm11 0x21C, lands 32 bytes after fnT.
b3:     .inst.n 0xe00e
        .reloc b3, R_ARM_THM_JUMP11, fnT
@ expect b3 branch: fnT + 32 thumb
@ expect b3 bytes: 1c e2
@ X = 0x20420 + 0 - 0x20006 = 0x41A: imm11 0x20D, lands at fnT + 4.
b4:     .inst.n 0xe000
        .reloc b4, R_ARM_THM_JUMP11, fnT
@ expect b4 branch: fnT + 4 thumb
@ expect b4 bytes: 0d e2
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
