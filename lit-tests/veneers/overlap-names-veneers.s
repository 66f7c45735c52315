@ A veneer grows its output section; when that makes it overlap the next
@ section, the error says how many of the bytes are relocheck's veneers,
@ since the layout as given fitted (.text alone is 8 bytes).
@ RUN: not relocheck link -Tdata=0x10008 --section-start=.far=0x8000000 %s -o %t.elf 2>&1 | FileCheck %s
@ CHECK: overlap-names-veneers.s: error: section .text [0x10000, 0x1000f] (0x8 bytes of it relocheck's veneers) overlaps section .data [0x10008, 0x1000b]
@ Without the veneer (--no-veneers) the call is out of range instead.
@ RUN: not relocheck link --no-veneers -Tdata=0x10008 --section-start=.far=0x8000000 %s -o %t.elf 2>&1 | FileCheck %s --check-prefix=NOVEN
@ NOVEN: error: R_ARM_CALL against 'far': value {{.*}} is not in [-33554432, 33554428]
        .text
        .globl _start
        .type _start,%function
_start: bl far
        bx lr
        .data
        .globl dd
dd:     .word 0x12345678
        .section .far,"ax",%progbits
        .globl far
        .type far,%function
far:    bx lr
