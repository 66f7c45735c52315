@ R_ARM_THM_JUMP19 on Armv7-M, which has no ARM state: B<c>.W to an
@ ARM-state function must fail, with veneers on too. relocheck once sent it
@ through a Thumb-2 veneer whose literal had bit 0 clear, which faults
@ (INVSTATE) on M-profile; the checker passed that veneer. The ARM function
@ is an STT_FUNC alias of a data word (llvm-mc cannot assemble ARM code for
@ thumbv7m): `.type` before `.set` leaves its bit 0 clear.
@ relocheck: --arch=armv7-m -Ttext=0x20000 --section-start=.armfn=0x22000
@ RUN: %check %s | FileCheck %s
@ RUN: %check --no-veneers %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
j1:     beq.w fnA
@ expect j1 error: target is an ARM-state function, but armv7-m has no ARM state
@ The same branch to a Thumb function links (control).
j2:     bne.w fnT
@ expect j2 branch: fnT thumb
        bx lr
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .armfn, "a", %progbits
armword: .word 0
        .globl fnA
        .type fnA, %function
        .set fnA, armword
