@ An undefined symbol is an error at each site that uses it; link writes no
@ output.
@ RUN: rm -f %t.elf
@ RUN: not relocheck link %s -o %t.elf 2>&1 | FileCheck %s
@ RUN: not test -e %t.elf
@ RUN: not test -e %t.elf.tmp
@ CHECK: undefined-symbol.s:(.text+0x0): error: R_ARM_CALL against 'nowhere': undefined symbol
@ CHECK: undefined-symbol.s:(.text+0x4): error: R_ARM_MOVW_ABS_NC against 'nowhere': undefined symbol
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bl nowhere
        movw r0, #:lower16:nowhere
        bx lr
