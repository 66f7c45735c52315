@ LLVM MC 22 writes a NOP, and no relocation, for a CBZ/CBNZ it does not
@ resolve itself: a target in another section, undefined, or global or weak
@ in the same section. relocheck refuses the line (GNU as refuses the first
@ two) instead of linking an image whose branch vanished. A CBZ to a local
@ label still assembles, and one to the next instruction may become a NOP
@ (it does the same): the second run checks those bytes.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: cbz-other-section.s:[[# @LINE+28]]:17: error: cbz to 'far', which is in another section: LLVM MC wrote a NOP and no relocation
@ CHECK: cbz-other-section.s:[[# @LINE+28]]:18: error: cbnz to 'ext', which is not defined in this file:
@ CHECK: cbz-other-section.s:[[# @LINE+28]]:17: error: cbz to 'glob', which is global or weak (LLVM MC leaves it to the linker):
@ CHECK: cbz-other-section.s:[[# @LINE+28]]:17: error: cbz to 'wk', which is global or weak
@ CHECK: cbz-other-section.s: error: the cbz or cbnz at .text+0x{{[0-9A-F]+}} became a NOP (LLVM MC)
@ CHECK: FAIL: {{.*}}cbz-other-section.s
@ RUN: sed -e '/@ BAD/d' %s > %t.s
@ RUN: relocheck link --arch=armv7-m %t.s -o %t.elf
@ RUN: llvm-objdump -d %t.elf | FileCheck %s --check-prefix=KEPT
@ KEPT: b108 cbz r0, 0x{{[0-9a-f]+}} <near>
@ KEPT: bf00 nop
@ KEPT-NEXT: 4770 bx lr
@ A weak or global target at the next instruction is refused too: the link
@ may move it (another file's strong definition, --defsym).
@ RUN: printf '.syntax unified\n.thumb\n.globl _start\n_start: cbz r0, w\n.weak w\nw: bx lr\n' > %t.w.s
@ RUN: not relocheck link --arch=armv7-m %t.w.s --defsym=w=0x10040 -o %t.w.elf 2>&1 | FileCheck %s --check-prefix=MOVED
@ MOVED: w.s:4:17: error: cbz to 'w', which is global or weak
@ relocheck: --arch=armv7-m
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
        cbz r0, near
        b far
near:   cbz r1, 1f
1:      bx lr
        cbz r0, far     @ BAD
        cbnz r1, ext    @ BAD
        cbz r2, glob    @ BAD
        cbz r3, wk      @ BAD
        .subsection 1   @ BAD
        cbz r3, glob    @ BAD
        .subsection 0   @ BAD
        .globl glob
glob:   bx lr
        .weak wk
wk:     bx lr
        .section .far, "ax", %progbits
        .type far, %function
far:    bx lr
