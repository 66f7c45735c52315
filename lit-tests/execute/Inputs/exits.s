@ Exits with the status in the `--defsym=status=N` a RUN line gives, as
@ if check N had failed; check 5 has no `@ check` line.
@ relocheck: --arch=armv7-a -Ttext=0x10000 runtime.s
@ check 1: the first check
@ check 3: the third check
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: ldr     r0, =status
        mov     r7, #1
        svc     #0
