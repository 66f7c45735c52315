@ In a section that is not allocated, a relocation whose value depends on
@ P (REL32, PREL31, branches) or on the GOT or static base has no meaning:
@ the section has no address. lld 22 refuses such kinds ("has non-ABS
@ relocation") except PC-relative ones, which it applies as if the section
@ were at 0 with a warning; relocheck refuses them all, naming the site.
@ A symbol only debug information names must be defined, as GNU ld says.
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: not relocheck link %s -o %t.elf 2>&1 | FileCheck %s --check-prefix=LINK
@ LINK: refused.s:(.debug_frame+0x0): error: R_ARM_REL32 against '_start': is in .debug_frame, a section not allocated in memory (P has no address): only absolute data relocations (R_ARM_ABS32, ABS16, ABS8, ABS32_NOI, TLS_LDO32, NONE, and TARGET1/TARGET2 applied as ABS32) apply there, as in lld
@ RUN: not ls %t.elf

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .debug_frame, "", %progbits
r1:     .word _start - .
@ expect r1 error: R_ARM_REL32 against '_start': is in .debug_frame, a section not allocated in memory
r2:     .reloc ., R_ARM_PREL31, _start
        .word 0
@ expect r2 error: R_ARM_PREL31 against '_start': is in .debug_frame
r3:     .reloc ., R_ARM_SBREL32, _start
        .word 0
@ expect r3 error: R_ARM_SBREL32 against '_start': is in .debug_frame
r4:     .reloc ., R_ARM_GOT_BREL, _start
        .word 0
@ expect r4 error: R_ARM_GOT_BREL against '_start': is in .debug_frame
r5:     .reloc ., R_ARM_BASE_ABS, _start
        .word 0
@ expect r5 error: R_ARM_BASE_ABS against '_start': is in .debug_frame
r6:     .reloc ., R_ARM_CALL, _start
        .word 0xebfffffe
@ expect r6 error: R_ARM_CALL against '_start': is in .debug_frame
@ The TLS descriptor markers compute nothing but rewrite an instruction,
@ V4BX too; PLT32_ABS lld and GNU ld refuse there.
r8:     .reloc ., R_ARM_TLS_CALL, _start
        .word 0xebfffffe
@ expect r8 error: R_ARM_TLS_CALL against '_start': is in .debug_frame
r9:     .reloc ., R_ARM_V4BX, _start
        .word 0xe12fff11
@ expect r9 error: R_ARM_V4BX against '_start': is in .debug_frame
r10:    .reloc ., R_ARM_PLT32_ABS, _start
        .word 0
@ expect r10 error: R_ARM_PLT32_ABS against '_start': is in .debug_frame
r7:     .word nowhere
@ expect r7 error: R_ARM_ABS32 against 'nowhere': undefined symbol
