@ Thumb LDR.W (literal) to a word below the instruction (R_ARM_THM_PC12,
@ X = S + A - Pa < 0: the field holds |X| with U = 0), run under
@ qemu-arm. Check 1 is llvm-mc's own form (A = -4); check 2 has the
@ addend +16 in the field (U = 1, imm12 0x10), so it loads the word 20
@ bytes past low1. The oracles part ways:
@ - GNU ld 2.40 will not link it: it calls check 1's X = -0x108
@   "truncated to fit", although the field holds [-4095, 4095].
@ - ld.lld 22 writes |X| with U = 1 for check 2 (U kept from the addend,
@   not taken from X): the load reads 0x1011c, above the code, instead
@   of 0xff14, and check 2 fails.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.lowlits=0xff00
@ relocheck: Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: not relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 2 checks passed
@ CHECK-NEXT: lld: exit 2: check 2 failed: LDR.W with the addend +16 in the field loads low1 + 20
@ CHECK-NEXT: gnu-ld: not linked: rejected: {{.*}}relocation truncated to fit: R_ARM_THM_PC12 against symbol `low1'
@ CHECK-NEXT: mold: not linked: unsupported: {{.*}}unknown relocation: R_ARM_THM_PC12
@ check 1: LDR.W (R_ARM_THM_PC12) backward loads low1
@ check 2: LDR.W with the addend +16 in the field loads low1 + 20
        .syntax unified
        .thumb
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        ldr.w   r0, low1
        ldr     r1, =0x77777777
        cmp     r0, r1
        bne     fail

        mov     r11, #2
t2:     .inst.w 0xf8df0010              @ ldr.w r0, [pc, #16]
        .reloc  t2, R_ARM_THM_PC12, low1
        ldr     r1, =0x99999999
        cmp     r0, r1
        bne     fail

        pop     {r4, pc}

fail:   mov     r0, r11
        movs    r7, #1
        svc     #0
        .ltorg

        .section .lowlits, "a", %progbits
        .globl low1
low1:   .word   0x77777777
        .word   0x11111111, 0x22222222, 0x33333333, 0x44444444
        .word   0x99999999
        .word   0x55555555
