@ Used by log-numbers.test: ld.lld's error quotes the undefined symbol's
@ name, which looks like a relocation number too big for 32 bits.
        .text
        .globl _start
        .type _start, %function
_start: bl "relocation 99999999999999999999999"
        bl "x(.text+0x99999999999999999999999999)"
        bx lr
