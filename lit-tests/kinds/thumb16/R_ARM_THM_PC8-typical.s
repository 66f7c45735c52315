@ R_ARM_THM_PC8: Thumb LDR (literal, T1) and ADR (T1), X = S + A - Pa,
@ imm8 = X >> 2 (AAELF32 Thumb16 relocations; reference §3.8 example, lld,
@ GNU ld and the model agree: field 0x48FF at P = 0x20002 (Pa 0x20000),
@ literal at 0x20040: X = 0x3C, `0f 48`). llvm-mc rejects a 16-bit
@ `ldr rX, label` to another section, so the fields are hand-encoded with
@ .inst.n (imm8 0xFF is the ABI's A = -4) and planted with .reloc. Every
@ site is also checked by decoding: the load/ADR address Pa + 4 + imm8 * 4
@ must equal Pa + 4 + X (shown after "=>" in the golden).
@ relocheck: --arch=armv6-m -Ttext=0x20000 --section-start=.lits=0x20040
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: nop
@ LDR r0, [pc, #X]: X = 0x20040 - 4 - 0x20000 = 0x3C, imm8 0x0F: 0x480F.
l1:     .inst.n 0x48ff
        .reloc l1, R_ARM_THM_PC8, lit
@ expect l1 bytes: 0f 48
@ ADR r1 (0xA1FF) at P = 0x20004 (Pa 0x20004) to lit2 at 0x20044:
@ X = 0x20044 - 4 - 0x20004 = 0x3C, imm8 0x0F: 0xA10F.
a1:     .inst.n 0xa1ff
        .reloc a1, R_ARM_THM_PC8, lit2
@ expect a1 bytes: 0f a1
@ LDR r2 at P = 0x20006 (Pa 0x20004, so the same word base as a1) to lit2:
@ X = 0x3C again, 0x4A0F.
l2:     .inst.n 0x4aff
        .reloc l2, R_ARM_THM_PC8, lit2
@ expect l2 bytes: 0f 4a
        bx lr

        .section .lits, "a", %progbits
        .balign 4
        .globl lit, lit2
lit:    .word 0x11223344
lit2:   .word 0x55667788
