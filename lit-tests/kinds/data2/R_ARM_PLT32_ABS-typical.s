@ R_ARM_PLT32_ABS (AAELF32 5.6.1, static data: PLT(S) + A): a static link
@ has no PLT, so PLT(S) is S and the word is S + A, with no Thumb bit
@ (the formula has no T). REL addends of either sign are read back from
@ the word. lld 22, GNU ld 2.40 and mold 1.10 all refuse the kind.
@ relocheck: -Ttext=0x20000 --section-start=.words=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bx      lr
        .type   thumbfn, %function
        .thumb
thumbfn: bx     lr

        .section .words, "aw", %progbits
w1:     .reloc  ., R_ARM_PLT32_ABS, _start
        .word   0
@ expect w1 value: _start
@ expect w1 bytes: 00 00 02 00
w2:     .reloc  ., R_ARM_PLT32_ABS, thumbfn
        .word   8
@ expect w2 value: thumbfn - 1 + 8
@ expect w2 bytes: 0c 00 02 00
w3:     .reloc  ., R_ARM_PLT32_ABS, _start
        .word   -4
@ expect w3 value: _start - 4
@ expect w3 bytes: fc ff 01 00
