@ start-arm.s - relocheck corpus startup code, ARM state.
@
@ _start calls main with BL (R_ARM_CALL; the linker turns it into BLX when
@ main is Thumb) and exits with main's return value through the Linux EABI
@ exit syscall.  Works on every A/R-profile architecture in the corpus
@ (armv5te and later); never returns.

    .syntax unified
    .text
    .arm
    .p2align 2
    .globl _start
    .type _start, %function
_start:
    mov fp, #0              @ outermost frame
    bic sp, sp, #7          @ AAPCS: 8-byte aligned stack at public interfaces
    bl main
    mov r7, #1              @ __NR_exit; status already in r0
    svc #0
1:  b 1b
    .size _start, .-_start

    .section .note.GNU-stack,"",%progbits   @ non-executable stack
