@ Data and exception-table words against an undefined weak symbol: S = 0.
@ relocheck: -Ttext=0x8000 --section-start=.s_weak=0x10100
        .text
        .globl _start
_start: bx lr
        .weak t_weak
        .section .s_weak, "ax", %progbits
weak:   .word 0
        .reloc weak, R_ARM_PREL31, t_weak
abs:    .word t_weak
