@ R_ARM_THM_PC8 REL addend, the ABI's special rule (AAELF32 "Addends and
@ PC-bias compensation"; reference §3.8): imm = imm8 << 2,
@ A = ((imm + 4) & 0x3FF) - 4, so A ranges over -4, 0, 4, ..., 1016:
@   0x48FF LDR r0, imm8 0xFF: A = -4 (what producers write)
@   0x4900 LDR r1, imm8 0:    A = 0
@   0x4A10 LDR r2, imm8 0x10: A = 64
@   0x4BFE LDR r3, imm8 0xFE: A = 1016
@   0xA2FF ADR r2, imm8 0xFF: A = -4
@   0xA008 ADR r0, imm8 0x08: A = 32
@ Reading imm8 0xFF as +1020 would put l1 and d1 out of range.
@ lit is at 0x20100 (.lits) and litLow at 0x1FF00 (.low).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.lits=0x20100 --section-start=.low=0x1ff00
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ A = -4, Pa 0x20000: X = 0x20100 - 4 - 0x20000 = 0xFC, imm8 0x3F.
l1:     .inst.n 0x48ff
        .reloc l1, R_ARM_THM_PC8, lit
@ expect l1 bytes: 3f 48
@ A = 0, Pa 0x20000: X = 0x20100 - 0x20000 = 0x100, imm8 0x40; loads
@ from lit + 4.
l2:     .inst.n 0x4900
        .reloc l2, R_ARM_THM_PC8, lit
@ expect l2 bytes: 40 49
@ A = 64, Pa 0x20004: X = 0x20100 + 64 - 0x20004 = 0x13C, imm8 0x4F.
l3:     .inst.n 0x4a10
        .reloc l3, R_ARM_THM_PC8, lit
@ expect l3 bytes: 4f 4a
@ A = 1016, Pa 0x20004: X = 0x1FF00 + 1016 - 0x20004 = 0x2F4, imm8 0xBD.
l4:     .inst.n 0x4bfe
        .reloc l4, R_ARM_THM_PC8, litLow
@ expect l4 bytes: bd 4b
@ ADR, A = -4, Pa 0x20008: X = 0x20100 - 4 - 0x20008 = 0xF4, imm8 0x3D.
d1:     .inst.n 0xa2ff
        .reloc d1, R_ARM_THM_PC8, lit
@ expect d1 bytes: 3d a2
@ ADR, A = 32, Pa 0x20008: X = 0x20100 + 32 - 0x20008 = 0x118, imm8 0x46.
d2:     .inst.n 0xa008
        .reloc d2, R_ARM_THM_PC8, lit
@ expect d2 bytes: 46 a0
        bx lr

        .section .lits, "a", %progbits
        .balign 4
        .globl lit
lit:    .word 0x11223344
        .space 0x40

        .section .low, "a", %progbits
        .balign 4
        .globl litLow
litLow: .word 0
