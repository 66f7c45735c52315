@ Calls out of range go through veneers placed at the end of the caller's
@ section; a call with an addend keeps it (lld 22 loses it). Here far code
@ sits 48 MiB above .text: ARM BL reaches +-32 MiB, Thumb BL +-16 MiB.
@ REQUIRES: qemu-arm
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.far=0x3010000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ DUMP: c1 R_ARM_CALL 'farA' {{.*}} via arm-ldr-pc veneer at {{.*}} to 0x03010000 arm
@ DUMP: c2 R_ARM_CALL 'farA' {{.*}} A=-4 {{.*}} via arm-ldr-pc veneer at {{.*}} to 0x03010004 arm
@ DUMP: t1 R_ARM_THM_CALL 'farT' {{.*}} via thumb2-ldr-pc veneer at {{.*}} to 0x0301000c thumb
@ And --no-veneers turns them back into range errors.
@ RUN: not relocheck check --no-veneers %s 2>&1 | FileCheck %s --check-prefix=OFF
@ OFF: error: R_ARM_CALL against 'farA': value {{.*}} is not in [-33554432, 33554428] (veneers are off: --no-veneers)
@ RUN: relocheck link --arch=armv7-a -Ttext=0x10000 --section-start=.far=0x3010000 %s -o %t.elf
@ RUN: qemu-arm %t.elf; test $? -eq 21
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: mov r4, #0
c1:     bl farA                  @ r4 += 1, r4 += 2
c2:     bl farA + 4              @ skips the first add: r4 += 2
        blx thumbpart
        mov r0, r4
        mov r7, #1
        svc #0
        .thumb
        .type thumbpart, %function
thumbpart:
        push {lr}
t1:     bl farT                  @ r4 += 16
        pop {pc}

        .section .far, "ax", %progbits
        .arm
        .globl farA
        .type farA, %function
farA:   add r4, r4, #1
        add r4, r4, #2
        bx lr
        .thumb
        .globl farT
        .type farT, %function
farT:   adds r4, #16
        bx lr
