@ B and B.W to a function in the other state go through veneers (AAELF32
@ 5.6.3), one per (symbol, addend): the ARM veneer is `ldr pc, [pc, #-4]`
@ with the destination | T, the Thumb-2 one `ldr.w pc, [pc, #0]`. The
@ addend survives: a B to fnT + 4 reaches fnT + 4 (a second entry point).
@ The checker follows each chain through LLVM's decoding; qemu-arm runs it:
@ step2 enters fnT + 4 (+10), back (+2); b1 enters fnT (+10 +10), back
@ (+2): exit status 34.
@ REQUIRES: qemu-arm
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.thumbcode=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ DUMP: b1 R_ARM_JUMP24 'fnT' {{.*}} via arm-ldr-pc veneer at [[V1:0x[0-9a-f]+]] to 0x00020000 thumb : {{.*}} => [[V1]] arm
@ DUMP: step2 R_ARM_JUMP24 'fnT' {{.*}} A=-4 {{.*}} via arm-ldr-pc veneer at [[V2:0x[0-9a-f]+]] to 0x00020004 thumb
@ DUMP: w1 R_ARM_THM_JUMP24 'back' {{.*}} via thumb2-ldr-pc veneer at {{.*}} to 0x000100{{[0-9a-f]+}} arm
@ DUMP: veneer arm-ldr-pc at [[V1]] for 'fnT' A=-8 to 0x00020000 thumb : 04 f0 1f e5 01 00 02 00
@ DUMP: veneer arm-ldr-pc at [[V2]] for 'fnT' A=-4 to 0x00020004 thumb : 04 f0 1f e5 05 00 02 00
@ DUMP: veneer thumb2-ldr-pc at {{.*}} for 'back' A=-4 to {{.*}} arm : df f8 00 f0
@ RUN: relocheck link --arch=armv7-a -Ttext=0x10000 --section-start=.thumbcode=0x20000 %s -o %t.elf
@ RUN: qemu-arm %t.elf; test $? -eq 34
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: mov r4, #0
        bl step1
        mov r0, r4
        mov r7, #1
        svc #0
        .type step1, %function
step1:  push {lr}
        bl step2
        pop {lr}
b1:     b fnT                    @ tail call into Thumb: r4 += 20, then
                                 @ fnT's B.W goes on to `back` (ARM)
        .type step2, %function
step2:
b2:     b fnT + 4                @ enters fnT past its first add: r4 += 10
        .globl back
        .type back, %function
back:   add r4, r4, #2
        bx lr

        .section .thumbcode, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    adds r4, #10
        nop
        adds r4, #10
w1:     b.w back                 @ r4 += 2 in ARM, then return to the caller
