@ Data relocations, loaded under qemu-arm and compared with the addresses
@ this layout pins (datum at 0x40000, thumb_fn at 0x30000, so thumb_fn's
@ address as data is 0x30001). The words sit in .text beside the code, so
@ the code finds each word and its place P PC-relatively, with no
@ relocation of its own. A word that points at thumb_fn is also called
@ with BLX, which must enter it in Thumb state.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.thumbfn=0x30000
@ relocheck: --section-start=.rodata=0x40000 Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 8 checks passed
@ CHECK-NEXT: lld: exit 0: all 8 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 8 checks passed
@ CHECK-NEXT: mold: exit 0: all 8 checks passed
@ check 1: R_ARM_ABS32 to a data symbol is its address
@ check 2: R_ARM_ABS32 with an addend is S + A
@ check 3: R_ARM_ABS32 to a Thumb function is S | 1, and BLX to it enters
@ check 4: R_ARM_REL32 to a data symbol, plus P, is its address
@ check 5: R_ARM_REL32 to a Thumb function, plus P, is S | 1
@ check 6: R_ARM_PREL31 to a Thumb function: sign-extended, plus P, is S | 1
@ check 7: R_ARM_PREL31 keeps bit 31 of the word
@ check 8: R_ARM_TARGET1 (as ABS32) to a Thumb function is S | 1
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        ldr     r0, w_abs
        ldr     r1, =0x40000
        cmp     r0, r1
        bne     fail

        mov     r11, #2
        ldr     r0, w_abs_addend
        ldr     r1, =0x40034
        cmp     r0, r1
        bne     fail

        mov     r11, #3
        ldr     r4, w_abs_thumb
        ldr     r1, =0x30001
        cmp     r4, r1
        bne     fail
        mov     r0, #0
        blx     r4
        cmp     r0, #0xb1
        bne     fail

        mov     r11, #4
        ldr     r0, w_rel
        adr     r1, w_rel
        add     r0, r0, r1
        ldr     r1, =0x40000
        cmp     r0, r1
        bne     fail

        mov     r11, #5
        ldr     r0, w_rel_thumb
        adr     r1, w_rel_thumb
        add     r0, r0, r1
        ldr     r1, =0x30001
        cmp     r0, r1
        bne     fail

        mov     r11, #6
        ldr     r0, w_prel31
        lsl     r0, r0, #1              @ sign-extend bits 30:0
        asr     r0, r0, #1
        adr     r1, w_prel31
        add     r0, r0, r1
        ldr     r1, =0x30001
        cmp     r0, r1
        bne     fail

        mov     r11, #7
        ldr     r0, w_prel31
        tst     r0, #0x80000000
        beq     fail

        mov     r11, #8
        ldr     r4, w_target1
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
w_abs:  .word   datum
w_abs_addend:
        .word   datum + 0x34
w_abs_thumb:
        .word   thumb_fn
w_rel:  .word   datum - .
w_rel_thumb:
        .word   thumb_fn - .
@ Bit 31 set in place; the REL addend is bits 30:0 sign-extended (0).
w_prel31:
        .word   0x80000000
        .reloc  w_prel31, R_ARM_PREL31, thumb_fn
w_target1:
        .word   thumb_fn(target1)

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
