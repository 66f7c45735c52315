@ GOT-relative words (R_ARM_GOT_PREL, and R_ARM_TARGET2 as GOT_PREL, the
@ default), run under qemu-arm: the word is GOT(S) + A - P with llvm-mc's
@ addend folding P back to the PC of the load, so `ldr r0, [pc, r0]`
@ (ARM) or `add r0, pc; ldr r0, [r0]` (Thumb) fetches the GOT entry, which
@ must hold the symbol's address (| 1 for a Thumb function: BLX to it must
@ enter Thumb). Each linker lays out its own GOT; only what the code
@ loads through it is compared, so these sites, which `relocheck diff`
@ cannot judge, are judged here.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.thumbfn=0x30000
@ relocheck: --section-start=.rodata=0x40000 --section-start=.got=0x50000
@ relocheck: Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 4 checks passed
@ CHECK-NEXT: lld: exit 0: all 4 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 4 checks passed
@ CHECK-NEXT: mold: exit 0: all 4 checks passed
@ check 1: R_ARM_GOT_PREL (ARM) reaches an entry holding datum's address
@ check 2: R_ARM_GOT_PREL to a Thumb function: the entry holds S | 1
@ check 3: R_ARM_GOT_PREL (Thumb) reaches an entry holding datum's address
@ check 4: R_ARM_TARGET2 (as GOT_PREL) reaches the Thumb function's entry
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        ldr     r0, g1
1:      ldr     r0, [pc, r0]
        ldr     r1, =0x40000
        cmp     r0, r1
        bne     fail

        mov     r11, #2
        ldr     r4, g2
2:      ldr     r4, [pc, r4]
        ldr     r1, =0x30001
        cmp     r4, r1
        bne     fail
        mov     r0, #0
        blx     r4
        cmp     r0, #0xb1
        bne     fail

        bl      thumb_checks

        mov     r11, #4
        ldr     r4, g4
4:      ldr     r4, [pc, r4]
        ldr     r1, =0x30001
        cmp     r4, r1
        bne     fail
        mov     r0, #0
        blx     r4
        cmp     r0, #0xb1
        bne     fail

        pop     {r4, pc}

fail:   mov     r0, r11
        mov     r7, #1
        svc     #0
        .ltorg
g1:     .word   datum(GOT_PREL) - ((1b + 8) - g1)
g2:     .word   thumb_fn(GOT_PREL) - ((2b + 8) - g2)
g4:     .word   thumb_fn(target2) - ((4b + 8) - g4)

        .thumb
        .type thumb_checks, %function
thumb_checks:
        mov     r11, #3
        ldr     r0, g3
3:      add     r0, pc
        ldr     r0, [r0]
        ldr     r1, =0x40000
        cmp     r0, r1
        bne     tfail
        bx      lr

tfail:  mov     r0, r11
        movs    r7, #1
        svc     #0
        .ltorg
        .balign 4
g3:     .word   datum(GOT_PREL) - ((3b + 4) - g3)

        .section .thumbfn, "ax", %progbits
        .thumb
        .globl thumb_fn
        .type thumb_fn, %function
thumb_fn:
        movs    r0, #0xb1
        bx      lr

        .section .rodata, "a", %progbits
        .globl datum
datum:  .word   0x11223344
