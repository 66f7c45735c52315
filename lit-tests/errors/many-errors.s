@ At most 100 lines of problems are printed, then how many were left out: a link
@ with thousands of bad sites stays readable (ld.lld stops at 20).
@ RUN: not relocheck link %s -o %t.elf 2>&1 | FileCheck %s
@ CHECK-COUNT-100: many-errors.s:(.text+0x{{[0-9a-f]+}}): error: R_ARM_CALL against 'undef': undefined symbol
@ CHECK-NEXT: error: 150 more lines not shown (relocheck shows the first 100)
@ CHECK-NOT: error
        .arm
        .text
        .globl _start
_start:
        .rept 250
        bl undef
        .endr
