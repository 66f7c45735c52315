@ .data placed right after .text, on the code's page: lld and mold give
@ each its own segment, and the data segment, mapped later, takes the
@ page's execute access away (mold's also maps another file page there).
@ Such an image crashes under any loader whatever its relocations; run
@ says why and does not count it (it said "lld: killed by signal 11
@ (SIGSEGV)", blaming the linker). relocheck's core and GNU ld put both
@ in one segment. With .data one page further, mold's image still clashes
@ (its .got, placed after .text, lands on .data's page: the run said
@ "check 1 failed", as if the relocation were wrong); further, every
@ image runs.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 Inputs/runtime.s
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: its one check passed
@ CHECK-NEXT: lld: not runnable: its segments 0x00010000-0x000100a8 (R-X) and 0x000100a8-0x000100ac (RW-) share the 4 KiB page at 0x00010000, which the second maps over the first, taking execute access away; leave a page between the sections (--section-start)
@ CHECK-NEXT: gnu-ld: exit 0: its one check passed
@ CHECK-NEXT: mold: not runnable: {{.*}} share the 4 KiB page at 0x00010000, {{.*}}
@ CHECK-NEXT: 2 runs passed, 0 failed, 0 not linked, 2 not runnable
@ RUN: relocheck run --section-start=.data=0x11000 %s | FileCheck %s --check-prefix=NEXTPAGE
@ NEXTPAGE: lld: exit 0: its one check passed
@ NEXTPAGE: mold: not runnable: its segments 0x00011000-0x00011004 (RW-) and 0x000110b4-0x00012000 (RW-) share the 4 KiB page at 0x00011000, which the second maps over the first, from another file page
@ RUN: relocheck run --section-start=.data=0x20000 %s | FileCheck %s --check-prefix=APART
@ APART: core: exit 0: its one check passed
@ APART-NEXT: lld: exit 0: its one check passed
@ APART-NEXT: gnu-ld: exit 0: its one check passed
@ APART-NEXT: mold: exit 0: its one check passed
@ APART-NEXT: 4 runs passed, 0 failed, 0 not linked
@ check 1: a data word loaded through an R_ARM_ABS32 literal
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}
        mov     r11, #1
        ldr     r0, =val
        ldr     r0, [r0]
        ldr     r1, =0x1234
        cmp     r0, r1
        bne     fail
        pop     {r4, pc}
fail:   mov     r0, r11
        mov     r7, #1
        svc     #0

        .data
val:    .word 0x1234
