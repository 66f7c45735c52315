@ PC-relative loads and address computations, run under qemu-arm: Thumb
@ LDR (literal) and ADR, 16-bit (R_ARM_THM_PC8) and 32-bit
@ (R_ARM_THM_PC12, R_ARM_THM_ALU_PREL_11_0), and ARM LDR (R_ARM_LDR_PC_G0)
@ and ADR (R_ARM_ALU_PC_G0), forward to .lits (0x10400) and backward to
@ .lowlits (0xff00). Each literal holds its own number, so a load from
@ the word beside it reads the wrong one; each address is compared with
@ the layout's. A backward Thumb LDR.W is in thumb-pc12-backward.s (GNU ld
@ refuses it). llvm-mc rejects a 16-bit load to another section, so
@ those are hand-encoded (imm8 0xFF is the ABI's A = -4) with .reloc.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.lits=0x10400
@ relocheck: --section-start=.lowlits=0xff00 Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 8 checks passed
@ CHECK-NEXT: lld: exit 0: all 8 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 8 checks passed
@ mold 1.10 has none of these kinds.
@ CHECK-NEXT: mold: not linked: unsupported: {{.*}}unknown relocation
@ check 1: Thumb LDR r0 (R_ARM_THM_PC8) loads lit1
@ check 2: Thumb ADR r1 (R_ARM_THM_PC8) is lit2's address
@ check 3: Thumb LDR.W (R_ARM_THM_PC12) forward loads lit3
@ check 4: Thumb ADR.W (R_ARM_THM_ALU_PREL_11_0) is lit4's address
@ check 5: ARM LDR (R_ARM_LDR_PC_G0) forward loads lit3
@ check 6: ARM LDR (R_ARM_LDR_PC_G0) backward loads low2
@ check 7: ARM ADR (R_ARM_ALU_PC_G0) forward is lit4's address
@ check 8: ARM ADR (R_ARM_ALU_PC_G0) backward is low2's address
        .syntax unified
        .thumb
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        .balign 4
t1:     .inst.n 0x48ff                  @ ldr r0, [pc, #imm8 * 4]
        .reloc  t1, R_ARM_THM_PC8, lit1
        ldr     r1, =0x11111111
        cmp     r0, r1
        bne     tfail

        mov     r11, #2
t2:     .inst.n 0xa1ff                  @ adr r1, #imm8 * 4
        .reloc  t2, R_ARM_THM_PC8, lit2
        ldr     r0, =0x10404
        cmp     r0, r1
        bne     tfail

        mov     r11, #3
        ldr.w   r0, lit3
        ldr     r1, =0x33333333
        cmp     r0, r1
        bne     tfail

        mov     r11, #4
        adr.w   r0, lit4
        ldr     r1, =0x1040c
        cmp     r0, r1
        bne     tfail

        bl      arm_checks
        pop     {r4, pc}

tfail:  mov     r0, r11
        movs    r7, #1
        svc     #0
        .ltorg

        .arm
        .type arm_checks, %function
arm_checks:
        mov     r11, #5
        ldr     r0, lit3
        ldr     r1, =0x33333333
        cmp     r0, r1
        bne     fail

        mov     r11, #6
        ldr     r0, low2
        ldr     r1, =0x88888888
        cmp     r0, r1
        bne     fail

        mov     r11, #7
        adr     r0, lit4
        ldr     r1, =0x1040c
        cmp     r0, r1
        bne     fail

        mov     r11, #8
        adr     r0, low2
        ldr     r1, =0xff04
        cmp     r0, r1
        bne     fail

        bx      lr

fail:   mov     r0, r11
        mov     r7, #1
        svc     #0
        .ltorg

        .section .lits, "a", %progbits
        .globl lit1, lit2, lit3, lit4
lit1:   .word   0x11111111
lit2:   .word   0x22222222
lit3:   .word   0x33333333
lit4:   .word   0x44444444

        .section .lowlits, "a", %progbits
        .globl low2
low1:   .word   0x77777777
low2:   .word   0x88888888
