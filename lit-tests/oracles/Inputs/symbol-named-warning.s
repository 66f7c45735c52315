@ Used by log-injection.test: a symbol called "warning:" in GNU ld's
@ refusal of the ABS8 (its name is not the linker's own warning).
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .byte "warning:"
        .byte 0, 0, 0
        .word _start
        .data
        .globl "warning:"
"warning:": .word 0
