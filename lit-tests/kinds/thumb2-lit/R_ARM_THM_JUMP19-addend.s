@ R_ARM_THM_JUMP19 REL addend, read back from the B<c>.W (T3) field with
@ the branch decode (reference §3.4: "REL addend: the same decode"). Fields
@ are hand-encoded with .inst.w:
@   F43F AFFE: BEQ.W, S=1 J2=J1=1 imm6 0x3F imm11 0x7FE, A = -4
@   F43F AFEE: BEQ.W, imm11 0x7EE, A = -36
@   F040 800E: BNE.W, S=0 J2=J1=0 imm6 0 imm11 0x00E, A = +28
@   F000 8000: BEQ.W, A = 0
@   F43F A800: BEQ.W, S=1 J2=J1=1 imm6 0x3F imm11 0, A = -4096
@ fnT is at 0x30020 with 16 NOPs on either side; .lowpad holds NOPs around
@ fnT - 4092.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tgt=0x30000 --section-start=.lowpad=0x2f000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ v = 0x30020 - 4 - 0x20000 = 0x1001C: imm6 0x10 imm11 0x00E.
b1:     .inst.w 0xf43faffe
        .reloc b1, R_ARM_THM_JUMP19, fnT
@ expect b1 branch: fnT thumb
@ expect b1 bytes: 10 f0 0e 80
@ v = 0x30020 - 36 - 0x20004 = 0xFFF8: imm6 0x0F imm11 0x7FC.
b2:     .inst.w 0xf43fafee
        .reloc b2, R_ARM_THM_JUMP19, fnT
@ expect b2 branch: fnT - 32 thumb
@ expect b2 bytes: 0f f0 fc 87
@ v = 0x30020 + 28 - 0x20008 = 0x10034: imm6 0x10 imm11 0x01A, cond kept.
b3:     .inst.w 0xf040800e
        .reloc b3, R_ARM_THM_JUMP19, fnT
@ expect b3 branch: fnT + 32 thumb
@ expect b3 bytes: 50 f0 1a 80
@ v = 0x30020 - 0x2000C = 0x10014: imm6 0x10 imm11 0x00A.
b4:     .inst.w 0xf0008000
        .reloc b4, R_ARM_THM_JUMP19, fnT
@ expect b4 branch: fnT + 4 thumb
@ expect b4 bytes: 10 f0 0a 80
@ v = 0x30020 - 4096 - 0x20010 = 0xF010: imm6 0x0F imm11 0x008.
b5:     .inst.w 0xf43fa800
        .reloc b5, R_ARM_THM_JUMP19, fnT
@ expect b5 branch: fnT - 4092 thumb
@ expect b5 bytes: 0f f0 08 80
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

        .section .lowpad, "ax", %progbits
        .thumb
        .rept 32
        nop
        .endr
