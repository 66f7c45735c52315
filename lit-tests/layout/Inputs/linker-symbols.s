@ Symbols the linker defines (layout/linker-symbols.test).
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .fnstart
        .cantunwind
        .fnend
        .section .rodata,"a"
        .word 7
        .data
d1:     .word _etext
d2:     .word _edata
d3:     .word _end
d4:     .word __bss_start
d5:     .word __exidx_start
d6:     .word __exidx_end
d7:     .word end
        .bss
        .space 16
