@ start-thumb.s - relocheck corpus startup code, Thumb state.
@
@ Same contract as start-arm.s, written with Thumb-1 instructions only (BL
@ plus 16-bit forms) so it assembles for Thumb-1 (armv5te, armv6), Thumb-2 and
@ M-profile.  _start is a Thumb symbol, so the ELF entry point has bit 0 set.
@ BL main is R_ARM_THM_CALL; the linker turns it into BLX when main is ARM.

    .syntax unified
    .text
    .thumb
    .p2align 1
    .globl _start
    .type _start, %function
_start:
    movs r0, #7
    mov r1, sp
    bics r1, r0             @ AAPCS: 8-byte aligned stack at public interfaces
    mov sp, r1
    bl main
    movs r7, #1             @ __NR_exit; status already in r0
    svc #0
1:  b 1b
    .size _start, .-_start

    .section .note.GNU-stack,"",%progbits   @ non-executable stack
