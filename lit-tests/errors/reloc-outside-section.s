@ A relocation whose place is past its section's end is refused when the
@ object is read, in the words a site error uses: where, which kind and
@ which symbol (it said "relocation at .text+0x4 lies outside ...").
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: reloc-outside-section.s:(.text+0x4): error: R_ARM_ABS32 against '_start': the place lies outside the section (size 0x4)
        .text
        .globl _start
_start: bx lr
        .reloc 4, R_ARM_ABS32, _start
