@ Replaces itself with a host program (/bin/true): QEMU's user mode
@ passes execve through, so the run ends without the program's exit call.
@ relocheck: --arch=armv7-a -Ttext=0x10000 runtime.s
@ check 1: does not come back from execve
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: mov     r11, #1
        adr     r0, path
        mov     r2, #0
        push    {r0, r2}        @ argv = {path, NULL}
        mov     r1, sp
        mov     r7, #11         @ execve
        svc     #0
        mov     r0, #1
        mov     r7, #1
        svc     #0
path:   .asciz  "/bin/true"
