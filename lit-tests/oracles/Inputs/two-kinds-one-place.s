@ Used by refusal-by-kind.test: two relocations at one place; ld.lld
@ refuses the PREL31 (out of range), not the ABS32.
@ relocheck: --section-start=.far=0x60000000
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .data
w:      .word 0
        .reloc w, R_ARM_PREL31, far
        .reloc w, R_ARM_ABS32, _start
@ expect w error: is not in
        .section .far, "ax", %progbits
far:    bx lr
