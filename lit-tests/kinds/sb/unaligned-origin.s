@ AAELF32 5.6: B(S) "must always be word-aligned", and need not be the
@ first address of its segment. A section placed at 0x80001 gets its
@ static base at the word below, 0x80000, whether B(S) is the segment's or
@ the section's origin; --static-base=ADDR refuses an unaligned ADDR.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.sd=0x80001
@ RUN: relocheck dump %s | FileCheck %s
@ RUN: relocheck dump --static-base=section %s | FileCheck %s
@ CHECK: w1 R_ARM_SBREL32 'v' {{.*}} S=0x00080002 {{.*}} B=0x00080000 X=0x00000002 : 02 00 00 00
@ CHECK: a1 R_ARM_MOVW_BREL_NC 'v' {{.*}} B=0x00080000 X=0x00000002 : 02 00 00 e3 : movw r0, #2
@ RUN: not relocheck dump --static-base=0x80003 %s 2>&1 | FileCheck %s --check-prefix=ADDR
@ ADDR: error: --static-base: 0x80003 is not word-aligned (AAELF32: B(S) must always be a multiple of 4)
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .data
w1:     .reloc w1, R_ARM_SBREL32, v
        .word 0
        .arm
a1:     .reloc a1, R_ARM_MOVW_BREL_NC, v
        movw r0, #0
        .section .sd, "aw", %progbits
        .byte 1
v:      .byte 2
@ expect w1 value: 2
