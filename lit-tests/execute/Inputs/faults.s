@ With `--defsym=where=0`, an undefined instruction before any check
@ (r11 = 0); otherwise one in check 2.
@ relocheck: --arch=armv7-a -Ttext=0x10000 runtime.s
@ check 2: reaches the UDF
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: ldr     r0, =where
        cmp     r0, #0
        bne     1f
        udf     #0
1:      mov     r11, #2
        udf     #1
