@ A data relocation on a word planted with .inst (mapping symbol $a).
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
        ldr r0, lit
        ldr r0, [r0]             @ exit status = *(val + 4) = 42
        mov r7, #1
        svc #0
lit:    .inst 0x00000004
        .reloc lit, R_ARM_ABS32, val
        .data
        .globl val
val:    .word 0
        .word 42
