@ Used by diff-no-field.test: sites relocheck places no field for.
        .text
        .globl _start
_start: bx lr
        .reloc _start, R_ARM_NONE, _start
        .data
w:      .word 0
        .reloc w, R_ARM_GOTRELAX, _start
