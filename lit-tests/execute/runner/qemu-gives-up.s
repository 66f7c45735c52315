@ QEMU itself gives up after the program ran (a jump into the page at
@ 0xffff0000, where QEMU's user mode keeps the kernel's helpers; this
@ address is none of them): its words are the reason shown, not a guess
@ that it could not load the image.
@ REQUIRES: qemu-arm
@ RUN: not relocheck run --oracles=core %s | FileCheck %s
@ CHECK: core: not run: qemu-arm exited with status {{[0-9]+}} before the program made its exit call: "qemu: {{.+}}"
@ relocheck: --arch=armv7-a -Ttext=0x10000 ../Inputs/runtime.s
@ check 1: call into the high page
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push {r4, lr}
        mov r11, #1
        movw r4, #0x0000
        movt r4, #0xffff
        blx r4
        cmp r0, #0x42
        bne fail
        pop {r4, pc}
fail:   mov r0, r11
        mov r7, #1
        svc #0
