@ Armv4T has no BLX: a call to the other state goes through a veneer that
@ switches with BX. ARM callers get `ldr ip, [pc]; bx ip; .word D|T`;
@ Thumb callers `bx pc; nop` into that same ARM sequence. qemu-arm runs it.
@ REQUIRES: qemu-arm
@ relocheck: --arch=armv4t -Ttext=0x10000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ DUMP: c1 R_ARM_CALL 'fnT' {{.*}} via arm-ldr-ip-bx veneer at {{.*}} : {{.*}} : bl
@ DUMP: t1 R_ARM_THM_CALL 'fnA' {{.*}} via thumb-bx-pc veneer at {{.*}} : {{.*}} : bl
@ DUMP: veneer arm-ldr-ip-bx at {{.*}} : 00 c0 9f e5 1c ff 2f e1
@ DUMP: veneer thumb-bx-pc at {{.*}} : 78 47 c0 46 00 c0 9f e5 1c ff 2f e1
@ RUN: relocheck link --arch=armv4t -Ttext=0x10000 %s -o %t.elf
@ RUN: qemu-arm %t.elf; test $? -eq 7
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: mov r4, #0
c1:     bl fnT                   @ r4 += 3, and fnT calls fnA: r4 += 4
        mov r0, r4
        mov r7, #1
        svc #0
        .globl fnA
        .type fnA, %function
fnA:    add r4, r4, #4
        bx lr

        .section .text.thumb, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    push {lr}
        adds r4, #3
t1:     bl fnA
        pop {r0}
        bx r0
