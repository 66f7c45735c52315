@ R_ARM_THM_JUMP24 REL addend, read back from the B.W field with the branch
@ decode (reference §3.3: "REL addend: the same decode of v"). Fields are
@ hand-encoded with .inst.w:
@   F7FF BFFE: A = -4 (what an assembler writes)
@   F7FF BFEE: S=1 J1=J2=1 imm10 0x3FF imm11 0x7EE, A = -36
@   F000 B80E: S=0 J1=J2=1 (I1=I2=0) imm11 0x00E, A = +28
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tgt=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ v = 0x30020 - 4 - 0x20000 = 0x1001C.
b1:     .inst.w 0xf7ffbffe
        .reloc b1, R_ARM_THM_JUMP24, fnT
@ expect b1 branch: fnT thumb
@ expect b1 bytes: 10 f0 0e b8
@ v = 0x30020 - 36 - 0x20004 = 0xFFF8: lands 32 bytes before fnT.
b2:     .inst.w 0xf7ffbfee
        .reloc b2, R_ARM_THM_JUMP24, fnT
@ expect b2 branch: fnT - 32 thumb
@ expect b2 bytes: 0f f0 fc bf
@ v = 0x30020 + 28 - 0x20008 = 0x10034: lands 32 bytes after fnT.
b3:     .inst.w 0xf000b80e
        .reloc b3, R_ARM_THM_JUMP24, fnT
@ expect b3 branch: fnT + 32 thumb
@ expect b3 bytes: 10 f0 1a b8
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
