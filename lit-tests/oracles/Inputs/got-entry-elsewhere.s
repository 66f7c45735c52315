@ A GOT_PREL whose field an oracle might point at a literal that holds
@ datum's address (own-got.test): a GOT entry is a word of its .got.
@ relocheck: -Ttext=0x20000 --section-start=.data=0x30000 --section-start=.rodata=0x40000
        .syntax unified
        .arm
        .text
        .globl _start
_start: bx lr
        .data
gp1:    .reloc gp1, R_ARM_GOT_PREL, datum
        .word 0
        .globl datum
datum:  .word 7
        .section .rodata, "a", %progbits
lit:    .word datum
