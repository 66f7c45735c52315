@ A guest that forks a child that waits for good, then spins itself: a
@ signal to relocheck must end both QEMUs (oracle-crash.test).
@ relocheck: --arch=armv7-a -Ttext=0x10000 runtime.s
@ check 1: forks a waiting child, then spins
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: mov     r11, #1
        mov     r7, #2          @ fork
        svc     #0
        cmp     r0, #0
        bne     1f
        mov     r7, #66         @ setsid: out of QEMU's group and session
        svc     #0
2:      mov     r7, #29         @ pause
        svc     #0
        b       2b
1:      b       1b
