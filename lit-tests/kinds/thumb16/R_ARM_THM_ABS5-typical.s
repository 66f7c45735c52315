@ R_ARM_THM_ABS5: Thumb LDR/STR (immediate, T1) word offset, X = S + A,
@ imm5 = X >> 2 at hw[10:6] (AAELF32 Thumb16 relocations; reference §3.14
@ example, model, and llvm-mc encodes `ldr r0, [r1, #16]` the same: field
@ 0x6808 with S = 0x10 gives 0x6908, `08 69`). No assembler has operand
@ syntax for it: fields are hand-encoded and planted with .reloc. The
@ offsets are absolute symbols, like structure member offsets. The decoded
@ offset of each site is also checked against X.
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=offField=0x10 --defsym=offLast=0x7c
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ LDR r0, [r1, #0] (0x6808): X = 0x10, imm5 4.
l1:     .inst.n 0x6808
        .reloc l1, R_ARM_THM_ABS5, offField
@ expect l1 bytes: 08 69
@ STR r2, [r3, #0] (0x601A): X = 0x7C, imm5 0x1F: 0x67DA.
s1:     .inst.n 0x601a
        .reloc s1, R_ARM_THM_ABS5, offLast
@ expect s1 bytes: da 67
        bx lr
