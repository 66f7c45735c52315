@ R_ARM_THM_ALU_PREL_11_0 on `subw r0, pc, #0`: the ADR.W field with
@ U = 0 and a zero addend (A = -0). LLVM decodes it as SUBW (Rd, PC) but
@ the patched ADR.W as ADR (Rd alone); the checker once called that a
@ change of registers. THM_PC12 on `ldr.w r1, [pc, #-0]` likewise.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.e=0x20800
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .thumb
        .type tf, %function
        .thumb_func
tf:
@ Pa 0x20004: X = 0x20800 + 0 - 0x20004 = 0x7FC: ADDW, and r0 gets
@ Pa + 4 + X = gsym + 4 (the addend has no -4 for the PC bias here).
sub0:   .reloc ., R_ARM_THM_ALU_PREL_11_0, gsym
        subw r0, pc, #0
@ expect sub0 value: gsym + 4
ldr0:   .reloc ., R_ARM_THM_PC12, gsym
        ldr.w r1, [pc, #-0]
@ expect ldr0 value: gsym + 4
        bx lr
        .section .e, "a"
        .globl gsym
gsym:   .word 0
