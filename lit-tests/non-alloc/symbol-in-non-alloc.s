@ A symbol defined in a section not allocated in memory has no address,
@ only an offset in its section: a relocation in allocated code or data
@ against it is an error (lld and GNU ld write the offset without a word).
@ A relocation in another non-allocated section (debug information) may
@ use it, and so may R_ARM_NONE.
@ RUN: not relocheck link %s -o %t.elf 2>&1 | FileCheck %s
@ CHECK: symbol-in-non-alloc.s:(.text+0x4): error: R_ARM_CALL against 'note_fn': symbol is defined in .note.x, a section not allocated in memory: it has no address, only an offset in that section (lld and GNU ld write the offset)
@ CHECK: symbol-in-non-alloc.s:(.data+0x0): error: R_ARM_ABS32 against 'note_word': symbol is defined in .note.x, a section not allocated in memory
@ CHECK: symbol-in-non-alloc.s:(.data+0x4): error: R_ARM_ABS32 against '.note.x': symbol is defined in .note.x, a section not allocated in memory
@ CHECK-NOT: error
@ RUN: sed -e '/^c1:/d' -e '/^w1:/d' -e '/^w2:/d' %s > %t.ok.s
@ RUN: relocheck link %t.ok.s -o %t.ok.elf
        .text
        .globl _start
        .type _start, %function
_start: bx lr
c1:     bl note_fn
        .reloc _start, R_ARM_NONE, note_word

        .data
w1:     .word note_word
w2:     .word .note.x + 4

        .section .note.x, "", %progbits
        .globl note_fn, note_word
        .type note_fn, %function
note_fn:  .word 0
note_word: .word 0
        .section .debug_info, "", %progbits
        .word note_word
