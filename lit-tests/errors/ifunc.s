@ An STT_GNU_IFUNC symbol: a static link reaches it through a PLT entry
@ filled by an R_ARM_IRELATIVE relocation, which relocheck does not make;
@ each use is an error naming the site (it was bound to the resolver).
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: ifunc.s:(.text+0x0): error: R_ARM_CALL against 'f': symbol is an STT_GNU_IFUNC; relocheck does not make the PLT entry and R_ARM_IRELATIVE an indirect function needs
@ CHECK: ifunc.s:(.data+0x0): error: R_ARM_ABS32 against 'f': symbol is an STT_GNU_IFUNC
        .text
        .globl _start
        .type _start, %function
_start: bl f
        bx lr
        .globl f
        .type f, %gnu_indirect_function
f:      bx lr
        .data
w:      .word f
