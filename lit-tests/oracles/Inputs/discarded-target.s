@ .rodata refers to .gone, which discard-gone.lds discards.
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .section .rodata, "a", %progbits
r:      .word gone
        .section .gone, "a", %progbits
gone:   .word 1
