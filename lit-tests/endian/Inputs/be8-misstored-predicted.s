@ A BL in bytes marked $d, for field-order-by-kind.test.
@ relocheck: --big-endian -Ttext=0x20000
        .text
        .globl _start
        .type _start, %function
_start: bx lr
a0:     .word 0xebfffffe
        .reloc a0, R_ARM_CALL, f
        .type f, %function
f:      bx lr
@ expect a0 error: in this BE8 image the instruction is not stored
