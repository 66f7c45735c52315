@ A kind the core does not apply yet is an explicit error naming it and its
@ site, never a silent pass.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: unsupported-kind.s:(.data+0x0): error: R_ARM_PLT32_ABS against 'tgt': is not supported by relocheck's linker core yet
@ CHECK: 0 passed, 1 failed
        .data
        .reloc ., R_ARM_PLT32_ABS, tgt
        .word 0
tgt:    .word 0
