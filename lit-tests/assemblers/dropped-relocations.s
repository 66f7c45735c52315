@ Each assembler silently drops some relocations (field notes): GNU as 2.40
@ assembles Thumb `adr.w r0, sym` with sym in another section into
@ `subw r0, pc, #4` and no relocation; llvm-mc 22 emits
@ R_ARM_THM_ALU_PREL_11_0 for it. The same test through both front ends:
@ the checker names the site that carries no relocation.
@ REQUIRES: gnu-ld
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tgt=0x20040
@ RUN: relocheck check %s | FileCheck %s --check-prefix=LLVM
@ LLVM: 1 passed, 0 failed
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=LDUMP
@ LDUMP: a1 R_ARM_THM_ALU_PREL_11_0 'tgt' P=0x00020000 {{.*}} : adr.w r0, #60 => 0x00020040
@ RUN: not relocheck check --assembler=gnu %s 2>&1 | FileCheck %s --check-prefix=GNU
@ GNU: dropped-relocations.s:[[# @LINE+8]]: error: site 'a1' carries no relocation (did the assembler resolve or drop it?)
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
a1:     adr.w r0, tgt
@ expect a1 value: tgt
        bx lr
        .section .tgt, "ax", %progbits
        .globl tgt
tgt:    bx lr
