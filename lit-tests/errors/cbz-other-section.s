@ LLVM MC 22 writes a NOP, and no relocation, for a CBZ/CBNZ whose target
@ is in another section or undefined; relocheck refuses the line (as GNU as
@ does) instead of linking an image whose branch vanished. A CBZ within its
@ section still assembles: the second run checks its bytes.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: cbz-other-section.s:[[# @LINE+18]]:17: error: cbz to 'far', which is in another section: LLVM MC would write a NOP and no relocation
@ CHECK: cbz-other-section.s:[[# @LINE+18]]:18: error: cbnz to 'ext', which is not defined in this file:
@ CHECK: FAIL: {{.*}}cbz-other-section.s
@ RUN: sed -e '/@ BAD/d' %s > %t.s
@ RUN: relocheck link --arch=armv7-m %t.s -o %t.elf
@ RUN: llvm-objdump -d %t.elf | FileCheck %s --check-prefix=KEPT
@ KEPT: b108 cbz r0, 0x{{[0-9a-f]+}} <near>
@ KEPT-NOT: nop
@ relocheck: --arch=armv7-m
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
        cbz r0, near
        b far
near:   bx lr
        cbz r0, far     @ BAD
        cbnz r1, ext    @ BAD
        .section .far, "ax", %progbits
        .type far, %function
far:    bx lr
