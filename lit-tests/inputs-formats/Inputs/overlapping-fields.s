@ Used by two-relocs-one-place.s: the ABS32 at w+3 writes over the top
@ byte of w's own ABS32 field. (Not a test on its own.)
        .text
        .globl _start
        .type _start, %function
_start: bx lr
b:      bx lr
        .data
w:      .word _start + 0x7f000000
        .word 0
        .reloc w+3, R_ARM_ABS32, b
@ expect w value: _start + 0x7f000000
