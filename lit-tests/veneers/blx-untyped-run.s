@ A BLX to an untyped (STT_NOTYPE) label changes state, a BL or B to one
@ keeps it (AAELF32 5.6.3: only STT_FUNC symbols carry a state). Out of
@ range, the veneer must land in that same state: relocheck once took the
@ caller's state for an untyped label, so Thumb `blx farA` entered farA in
@ Thumb state (SIGSEGV under qemu) and ARM `blx farT` with farT at 2 mod 4
@ was refused as misaligned. A BL and a BLX to one label from one section
@ get two veneers, one per state. qemu-arm runs it: exit status 1+2+2.
@ REQUIRES: qemu-arm
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.far=0x4000000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ DUMP: c1 R_ARM_THM_CALL 'farA' {{.*}} via thumb2-ldr-pc veneer at {{.*}} to 0x04000000 arm
@ DUMP: x1 R_ARM_THM_CALL 'both' {{.*}} to 0x04000010 thumb
@ DUMP: x2 R_ARM_THM_CALL 'both' {{.*}} to 0x04000010 arm
@ DUMP: a1 R_ARM_CALL 'farT' {{.*}} via arm-ldr-pc veneer at {{.*}} to 0x0400000a thumb
@ RUN: relocheck link --arch=armv7-a -Ttext=0x10000 --section-start=.far=0x4000000 %s -o %t.elf
@ RUN: qemu-arm %t.elf; test $? -eq 5
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: movs r4, #0
c1:     blx farA                 @ ARM, untyped: r4 += 1
c2:     bl farT                  @ Thumb, untyped: r4 += 2
        bl armcall               @ ARM function: BLX; it BLXes farT
        mov r0, r4
        movs r7, #1
        svc #0
x1:     bl both                  @ never run: a Thumb veneer ...
x2:     blx both                 @ ... and an ARM one, to one label
        .arm
        .type armcall, %function
armcall: push {lr}
a1:     blx farT                 @ Thumb at 2 mod 4, untyped: r4 += 2
        pop {pc}

        .section .far, "ax", %progbits
        .arm
farA:   add r4, r4, #1
        bx lr
        .thumb
        nop
farT:   adds r4, #2
        bx lr
        .balign 4
both:   nop
