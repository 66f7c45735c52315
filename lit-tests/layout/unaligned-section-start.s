@ A start address that the section's contents cannot sit at is an error:
@ moving the code up to its alignment (as lld and GNU ld do, silently)
@ would put every site of the test a few bytes off the address it names.
@ RUN: rm -f %t.elf
@ RUN: not relocheck link --section-start=.tmax=0x5000003 %s -o %t.elf 2>&1 | FileCheck %s
@ RUN: not test -e %t.elf
@ CHECK: error: the start address 0x5000003 given for .tmax is not a multiple of 4, the alignment its input sections need (its first would be placed at 0x5000004)
@ The aligned address links.
@ RUN: relocheck link --section-start=.tmax=0x5000004 %s -o %t.elf
        .arm
        .text
        .globl _start
_start: bx lr

        .section .tmax, "ax", %progbits
        .balign 4
tmax:   bx lr
