@ A GOT entry for an undefined symbol (not weak): each site is an
@ "undefined symbol" error, as for any other kind. Filling the GOT read
@ the symbol through a probe site that had no kind and crashed (SIGSEGV in
@ check, dump, link and diff), e.g. on clang's Thumb GOT_PREL to an extern.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ RUN: not relocheck link %s -o %t.elf 2>&1 | FileCheck %s
@ CHECK-DAG: (.text+0x4): error: R_ARM_GOT_PREL against 'g': undefined symbol
@ CHECK-DAG: (.text+0x8): error: R_ARM_GOT_BREL against 'g': undefined symbol
@ CHECK-DAG: (.text+0xc): error: R_ARM_GOT_ABS against 'g': undefined symbol
@ CHECK-DAG: (.text+0x10): error: R_ARM_TLS_IE32 against 'tg': undefined symbol
@ CHECK-DAG: (.text+0x14): error: R_ARM_TLS_GD32 against 'tg': undefined symbol
@ CHECK-DAG: (.text+0x18): error: R_ARM_TARGET2 against 'g': undefined symbol
@ CHECK-DAG: (.text+0x1c): error: R_ARM_TLS_GOTDESC against 'tg': undefined symbol

        .syntax unified
        .text
        .globl _start
_start: bx lr
        .word g(GOT_PREL)
        .word g(GOT)
        .reloc ., R_ARM_GOT_ABS, g
        .word 0
        .reloc ., R_ARM_TLS_IE32, tg
        .word 0
        .reloc ., R_ARM_TLS_GD32, tg
        .word 0
        .reloc ., R_ARM_TARGET2, g
        .word 0
        .reloc ., R_ARM_TLS_GOTDESC, tg
        .word 0
