@ Used by golden-consensus.test: one R_ARM_NONE site, no field to compare.
        .text
        .globl _start
_start: bx lr
        .reloc _start, R_ARM_NONE, _start
