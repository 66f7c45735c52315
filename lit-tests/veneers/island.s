@ A veneer island: the caller's output section (.text, 40 MiB) is longer
@ than an ARM BL reaches (+-32 MiB), so the veneer at its end is out of
@ reach of the call at its start; relocheck then places another veneer
@ right after the caller's own input section (.text.a), as lld places its
@ thunk sections between input sections. The one at the end, now used by
@ no call, is dropped (a last link without it; it stayed in the image as
@ dead code). The call reaches its target through the island.
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.far=0x6000000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ DUMP: call1 R_ARM_CALL 'far' {{.*}} via arm-ldr-pc veneer at 0x00010008 to 0x06000000 arm
@ DUMP: veneer arm-ldr-pc at 0x00010008 for 'far' A=-8 to 0x06000000 arm
@ DUMP-NOT: veneer
        .syntax unified
        .arm
        .section .text.a, "ax", %progbits
        .globl _start
        .type _start, %function
_start:
call1:  bl far
@ expect call1 branch: far arm
        bx lr
        .section .text.big, "ax", %progbits
        .space 0x2800000
        .section .far, "ax", %progbits
        .globl far
        .type far, %function
far:    bx lr
