@ R_ARM_MOVW_BREL (AAELF32 "Static ARM relocations", code 86): X =
@ ((S + A) | T) - B(S) into the ARM MOVW (A2) imm16, checked. MOVW
@ zero-extends its immediate, so X must be in [0, 65535]: a negative X
@ would load X & 0xffff, not X (GNU ld 2.40 refuses it too; lld 22 has no
@ MOVW_BREL). B(S) is the start of S's segment (the default): 0x40000 for
@ .sbd, 0x20000 for the Thumb function in .text.
@ Top end 0xffff (and through a REL addend of -1), one past it; bottom end
@ 0 with a REL addend of 0, and -1 through a REL addend (#0xffff, read
@ signed: A = -1) at the segment's start, and -32768 (A = #0x8000).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.sbd=0x40000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ Linked on its own, a negative X is one error line and no output file.
@ RUN: rm -f %t.elf
@ RUN: not relocheck link -Ttext=0x20000 --section-start=.sbd=0x40000 %s -o %t.elf 2>&1 | FileCheck %s --check-prefix=LINK
@ LINK: BREL-range.s:(.text+0xc): error: R_ARM_MOVW_BREL against 'sbbase': value -32768 (0xffff8000) is not in [0, 65535]
@ RUN: not test -e %t.elf
@ expect a0 value: 0xffff
@ expect a0 bytes: ff 0f 0f e3
@ expect a1 error: value 65536 (0x10000) is not in [0, 65535]
@ expect a2 bytes: ff 0f 0f e3
@ expect a3 error: value -32768 (0xffff8000) is not in [0, 65535]
@ expect a4 bytes: 29 00 00 e3
@ expect a5 bytes: 00 00 00 e3
@ expect a6 error: value -1 (0xffffffff) is not in [0, 65535]
@ With B(S) fixed at 0x40004 (word-aligned), S = 0x40000: A = 3 gives
@ -1, A = 4 the bottom end 0.
@ RUN: not relocheck dump --static-base=0x40004 %s 2>&1 | FileCheck %s --check-prefix=LO
@ LO: a7 R_ARM_MOVW_BREL 'sbbase' {{.*}} A=3 T=0 B=0x00040004 error: value -1 (0xffffffff) is not in [0, 65535]
@ LO: a8 R_ARM_MOVW_BREL 'sbbase' {{.*}} A=4 T=0 B=0x00040004 X=0x00000000 : 00 00 00 e3
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
a0:     .reloc a0, R_ARM_MOVW_BREL, tffff
        .inst 0xe3000000
a1:     .reloc a1, R_ARM_MOVW_BREL, t10000
        .inst 0xe3000000
a2:     .reloc a2, R_ARM_MOVW_BREL, t10000
        .inst 0xe30f0fff
a3:     .reloc a3, R_ARM_MOVW_BREL, sbbase
        .inst 0xe3080000
a4:     .reloc a4, R_ARM_MOVW_BREL, fnT
        .inst 0xe3000000
a5:     .reloc a5, R_ARM_MOVW_BREL, sbbase
        .inst 0xe3000000
a6:     .reloc a6, R_ARM_MOVW_BREL, sbbase
        .inst 0xe30f0fff
a7:     .reloc a7, R_ARM_MOVW_BREL, sbbase
        .inst 0xe3000003
a8:     .reloc a8, R_ARM_MOVW_BREL, sbbase
        .inst 0xe3000004
        bx lr
        .thumb
        .type fnT, %function
fnT:    bx lr

        .section .sbd, "aw", %progbits
sbbase: .word 0
        .org 0xffff
tffff:  .byte 0
t10000: .byte 0
