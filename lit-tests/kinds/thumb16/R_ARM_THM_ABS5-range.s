@ R_ARM_THM_ABS5 range: X = S + A in [0, 124], step 4 (reference §2 and
@ §3.14; the offset is unsigned). Both ends link; 128, -4 (S =
@ 0xFFFFFFFC) and 122 (in range, not a multiple of 4) are errors. Fields
@ are LDR r0, [r1, #0] (0x6808, A = 0) planted with .reloc.
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=vMax=124 --defsym=vMin=0 --defsym=vOver=128 --defsym=vNeg=0xfffffffc --defsym=vMis=122
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 124: imm5 0x1F, 0x6FC8.
amax:   .inst.n 0x6808
        .reloc amax, R_ARM_THM_ABS5, vMax
@ expect amax bytes: c8 6f
@ X = 0: imm5 0, 0x6808 unchanged.
amin:   .inst.n 0x6808
        .reloc amin, R_ARM_THM_ABS5, vMin
@ expect amin bytes: 08 68
aover:  .inst.n 0x6808
        .reloc aover, R_ARM_THM_ABS5, vOver
@ expect aover error: value 128 (0x80) is not in [0, 124]
aneg:   .inst.n 0x6808
        .reloc aneg, R_ARM_THM_ABS5, vNeg
@ expect aneg error: value -4 (0xfffffffc) is not in [0, 124]
amis:   .inst.n 0x6808
        .reloc amis, R_ARM_THM_ABS5, vMis
@ expect amis error: value 122 (0x7a) is not a multiple of 4 (misaligned target)
        bx lr
