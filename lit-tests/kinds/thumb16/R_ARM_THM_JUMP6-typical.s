@ R_ARM_THM_JUMP6: CBZ/CBNZ, X = S + A - P, forward only; the field is
@ i:imm5 = X[6:1] at hw[9] and hw[7:3], Rn and op kept (AAELF32 Thumb16
@ relocations; reference §3.6 example, model and llvm-mc's own encoding of
@ the same distance: CBZ r0 at 0x20000 to 0x2004A, X = 0x46, `18 b3`).
@ llvm-mc turns `cbz r0, sym` to another section into a NOP with no
@ relocation, so the fields are hand-encoded with .inst.n and the relocation
@ planted with .reloc. Both fields hold the ABI's A = -4 (i=1, imm5=0x1E).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tgt=0x2004a
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ CBZ r0 (0xB3F0): X = 0x2004A - 4 - 0x20000 = 0x46: i=1, imm5=3, 0xB318.
c1:     .inst.n 0xb3f0
        .reloc c1, R_ARM_THM_JUMP6, tgt
@ expect c1 branch: tgt thumb
@ expect c1 bytes: 18 b3
@ CBNZ r1 (0xBBF1): X = 0x2004A - 4 - 0x20002 = 0x44: i=1, imm5=2, 0xBB11.
c2:     .inst.n 0xbbf1
        .reloc c2, R_ARM_THM_JUMP6, tgt
@ expect c2 branch: tgt thumb
@ expect c2 bytes: 11 bb
        bx lr

        .section .tgt, "ax", %progbits
        .thumb
        .globl tgt
        .type tgt, %function
tgt:    bx lr
