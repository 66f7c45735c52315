@ llvm-mc 22 takes a function's Thumb bit from the state at its .type
@ directive, not at its label: here fnA is ARM code whose .type comes after
@ a later .thumb, so its symbol is marked Thumb (bit 0 set). A linker
@ trusting the bit writes a Thumb BL into ARM code (lld and GNU ld do).
@ relocheck must say so: the Thumb bit disagrees with the $a mapping symbol,
@ and the branch enters Thumb state where the code is ARM.
@ relocheck: -Ttext=0x20000
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK-DAG: type-directive-thumb-bit.s:(.text+0x8): error: R_ARM_THM_CALL against 'fnA': branch enters Thumb state at 0x00020000, but the mapping symbols of .text in {{.*}}type-directive-thumb-bit.s say ARM code there
@ CHECK-DAG: type-directive-thumb-bit.s:(.text+0x0): error: function 'fnA' is marked Thumb (st_value bit 0), but its mapping symbol says ARM code; llvm-mc takes the bit from the state at the .type directive, so put .type where the state is the function's own (after its .arm/.thumb)
@ CHECK: 0 passed, 1 failed
@ dump says the same and exits 1 (it printed the site's line alone and
@ exited 0).
@ RUN: not relocheck dump %s > %t.out 2> %t.err
@ RUN: FileCheck %s --check-prefix=DUMP < %t.out
@ RUN: FileCheck %s --check-prefix=DUMPERR < %t.err
@ DUMP: R_ARM_THM_CALL 'fnA'
@ DUMPERR-DAG: type-directive-thumb-bit.s:(.text+0x8): error: R_ARM_THM_CALL against 'fnA': branch enters Thumb state at 0x00020000, but the mapping symbols of .text
@ DUMPERR-DAG: type-directive-thumb-bit.s:(.text+0x0): error: function 'fnA' is marked Thumb (st_value bit 0)
        .syntax unified
        .text
        .arm
        .globl fnA
fnA:    mov r0, #1
        bx lr
        .thumb
        .type fnA, %function
        .globl _start
        .type _start, %function
_start: bl fnA
        bx lr
