@ .init_array.N inputs run in priority order, lowest N first, and plain
@ .init_array after them: lld, GNU ld (SORT_BY_INIT_PRIORITY) and mold
@ all sort them so, whatever the input order. relocheck kept input order,
@ so every site here was at another address than in any other linker's
@ image (and mold, whose placement relocheck does not pin inside an
@ output section, was called WRONG at both).
@ relocheck: --arch=armv7-a --section-start=.init_array=0x20000
@ relocheck: --section-start=.fini_array=0x30000
@ RUN: relocheck dump %s | FileCheck %s
@ CHECK: .init_array+0x0 R_ARM_ABS32 'f3' P=0x00020008
@ CHECK: .init_array.200+0x0 R_ARM_ABS32 'f2' P=0x00020004
@ CHECK: .init_array.100+0x0 R_ARM_ABS32 'f1' P=0x00020000
@ CHECK: .fini_array.65535+0x0 R_ARM_ABS32 'f2' P=[[#%#.8x,FINI:]]
@ CHECK: .fini_array.7+0x0 R_ARM_ABS32 'f1' P=[[#%#.8x,FINI-4]]
@ RUN: relocheck check %s | FileCheck %s --check-prefix=PASS
@ PASS: PASS
@ RUN: %if mold %{ relocheck diff --oracles=mold %s | FileCheck %s --check-prefix=MOLD %}
@ MOLD: 0 wrong sites across the oracles

        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .globl f1
        .type f1, %function
f1:     bx lr
        .globl f2
        .type f2, %function
f2:     bx lr
        .globl f3
        .type f3, %function
f3:     bx lr
        .section .init_array, "aw", %init_array
        .word f3
        .section .init_array.200, "aw", %init_array
        .word f2
        .section .init_array.100, "aw", %init_array
        .word f1
        .section .fini_array.65535, "aw", %fini_array
        .word f2
        .section .fini_array.7, "aw", %fini_array
        .word f1
