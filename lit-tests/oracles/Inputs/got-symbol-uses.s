@ Uses of _GLOBAL_OFFSET_TABLE_ itself beside the GOT family: GNU ld puts
@ the symbol at its .got.plt (after .got in the oracle script), relocheck
@ at the start of .got.
@ relocheck: -Ttext=0x20000 --section-start=.data=0x30000
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .data
gb1:    .reloc gb1, R_ARM_GOT_BREL, datum
        .word 0
bp1:    .reloc bp1, R_ARM_BASE_PREL, _GLOBAL_OFFSET_TABLE_
        .word 0
go2:    .reloc go2, R_ARM_GOTOFF32, _GLOBAL_OFFSET_TABLE_
        .word 0
ab1:    .reloc ab1, R_ARM_ABS32, _GLOBAL_OFFSET_TABLE_
        .word 0
        .globl datum
datum:  .word 7
