@ A call out of range whose veneer would have to go past 0xffffffff: the
@ error names the call that needs the veneer (not relocheck's synthetic
@ veneer object), and no output is left.
@ RUN: rm -f %t.elf
@ RUN: not relocheck link -Ttext=0xfffffff0 --section-start=.far=0x80000000 %s -o %t.elf 2>&1 | FileCheck %s
@ RUN: not test -e %t.elf
@ CHECK: no-room-below-4gib.s:(.text+0x0): error: R_ARM_CALL against 'far' needs a veneer, but relocheck's veneers for output section .text (0x8 bytes) would be placed at 0xfffffffc and end at 0x100000004, past the 32-bit address space
@ CHECK-NOT: error
        .syntax unified
        .arm
        .text
        .globl _start
_start: bl far                  @ 2 GiB away both ways round: no reach
        nop
        bx lr

        .section .far, "ax", %progbits
        .globl far
        .type far, %function
far:    bx lr
