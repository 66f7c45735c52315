@ Debug information of a COMDAT copy that another file's copy replaced
@ (Inputs/tombstone-b.s defines f too): its words name code that is not
@ in the output. lld, GNU ld and mold write a tombstone there, 0, or 1 in
@ .debug_ranges and .debug_loc (where 0 would end a list), whatever the
@ addend; so does relocheck (it refused such a link before), and all agree.
@ RUN: relocheck dump --together %s %S/Inputs/tombstone-b.s | FileCheck %s
@ CHECK: .debug_info+0x0 R_ARM_ABS32 '.text.f' P=0x00000004 S=0x00000000 A=0 T=0 (tombstone: the target's section is not in the output) X=0x00000000 : 00 00 00 00
@ CHECK: .debug_ranges+0x0 R_ARM_ABS32 '.text.f' P=0x00000000 S=0x00000001 A=0 T=0 (tombstone: the target's section is not in the output) X=0x00000001 : 01 00 00 00
@ RUN: relocheck diff --together %s %S/Inputs/tombstone-b.s | FileCheck %s --check-prefix=DIFF --implicit-check-not=WRONG
@ DIFF: R_ARM_ABS32 at tombstone-b.s:(.debug_info+0x0) relocheck: 00 00 00 00 | lld: 00 00 00 00 same | gnu-ld: 00 00 00 00 same | mold: 00 00 00 00 same
@ DIFF: R_ARM_ABS32 at tombstone-b.s:(.debug_ranges+0x0) relocheck: 01 00 00 00 | lld: 01 00 00 00 same | gnu-ld: 01 00 00 00 same | mold: 01 00 00 00 same
@ No ABI rule covers such a word: when the dropped copy matches the kept
@ one, GNU ld writes the kept copy's address, and diff does not judge it.
@ RUN: relocheck diff --together %s %S/Inputs/tombstone-same.s | FileCheck %s --check-prefix=SAME --implicit-check-not=WRONG
@ SAME: R_ARM_ABS32 at tombstone-same.s:(.debug_info+0x0) relocheck: 00 00 00 00 | lld: 00 00 00 00 same | gnu-ld: {{.*}} differs (its target's section is not in the output; linkers write a tombstone or the kept copy's address: not judged) | mold: 00 00 00 00 same
@ A section a script discards gets the same (the call to it is an error).
@ RUN: printf 'SECTIONS { .text 0x20000 : { *(.text) } /DISCARD/ : { *(.text.f) } }' > %t.lds
@ RUN: not relocheck dump -T %t.lds %s 2>&1 | FileCheck %s --check-prefix=DISCARD
@ DISCARD: _start R_ARM_CALL 'f' P=0x00020000 error: symbol is in a section that is not placed
@ DISCARD: a1 R_ARM_ABS32 'f' P=0x00000000 S=0x00000000 A=0 T=0 (tombstone: the target's section is not in the output) X=0x00000000 : 00 00 00 00
@ REQUIRES: ld.lld, gnu-ld, mold
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bl f
        bx lr
        .section .text.f, "axG", %progbits, f, comdat
        .weak f
        .type f, %function
f:      bx lr
        .section .debug_info, "", %progbits
a1:     .word f + 4
