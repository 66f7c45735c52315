@ A reference to a symbol nothing defines: every linker refuses the file.
@ relocheck: --arch=armv7-a -Ttext=0x20000
        .syntax unified
        .arm
        .text
        .globl _start
_start: bx lr
        .data
        .word nowhere
