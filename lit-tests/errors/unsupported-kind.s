@ A kind the core does not apply is an explicit error naming it, its site
@ and why, never a silent pass. THM_TLS_DESCSEQ32 is the one static kind of
@ the table left: GNU ld 2.40 and mold do not know it either.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: unsupported-kind.s:(.text+0x0): error: R_ARM_THM_TLS_DESCSEQ32 against 'tv': is not applied: GNU ld 2.40 does not know it ('(null) used with TLS symbol'), mold neither, and only llvm-mc's .reloc emits it; relocheck relaxes only the 16-bit Thumb descriptor sequence (R_ARM_THM_TLS_DESCSEQ16)
@ CHECK: unsupported-kind.s:(.text+0x4): error: R_ARM_GOTRELAX against 'tv': is not supported by relocheck's linker core yet
@ A dynamic relocation code (COPY) is named, and said to be one.
@ CHECK: unsupported-kind.s:(.text+0x6): error: R_ARM_COPY against 'tv': is a dynamic relocation (for a dynamic linker, in executables and shared objects): a relocatable object's static link has no use for it
@ TLS_DESC (13) too (it was "unknown relocation type 13").
@ CHECK: unsupported-kind.s:(.text+0x8): error: R_ARM_TLS_DESC against 'tv': is a dynamic relocation
@ BREL_ADJ (12) too: AAELF32 lists it as dynamic.
@ CHECK: unsupported-kind.s:(.text+0xa): error: R_ARM_BREL_ADJ against 'tv': is a dynamic relocation
@ CHECK: 0 passed, 1 failed
        .syntax unified
        .thumb
        .text
        .reloc ., R_ARM_THM_TLS_DESCSEQ32, tv
        ldr.w r3, [r1, #4]
        .reloc ., R_ARM_GOTRELAX, tv
        nop
        .reloc ., R_ARM_COPY, tv
        nop
        .reloc ., R_ARM_TLS_DESC, tv
        nop
        .reloc ., R_ARM_BREL_ADJ, tv
        nop
        .section .tdata, "awT", %progbits
tv:     .word 0
