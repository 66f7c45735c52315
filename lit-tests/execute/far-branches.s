@ Branches beyond their reach, run under qemu-arm: each linker must put
@ in a range-extension veneer of its own (relocheck's, lld's thunks, GNU
@ ld's stubs, mold's thunks), in the same state or changing it. The far
@ functions are 40 MiB above the calls: past BL's +-32 MiB (ARM) and
@ +-16 MiB (Thumb-2).
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.far=0x2810000
@ relocheck: Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 6 checks passed
@ CHECK-NEXT: lld: exit 0: all 6 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 6 checks passed
@ CHECK-NEXT: mold: exit 0: all 6 checks passed
@ check 1: ARM BL (R_ARM_CALL) to a far ARM function
@ check 2: ARM BL (R_ARM_CALL) to a far Thumb function
@ check 3: ARM B (R_ARM_JUMP24) to a far ARM function
@ check 4: Thumb BL (R_ARM_THM_CALL) to a far Thumb function
@ check 5: Thumb BL (R_ARM_THM_CALL) to a far ARM function
@ check 6: Thumb B.W (R_ARM_THM_JUMP24) to a far Thumb function
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}

        mov     r11, #1
        mov     r0, #0
        bl      far_arm
        cmp     r0, #0xa2
        bne     fail

        mov     r11, #2
        mov     r0, #0
        bl      far_thumb
        cmp     r0, #0xb2
        bne     fail

        mov     r11, #3
        mov     r0, #0
        adr     lr, 3f
        b       far_arm
3:      cmp     r0, #0xa2
        bne     fail

        bl      thumb_checks
        pop     {r4, pc}

fail:   mov     r0, r11
        mov     r7, #1
        svc     #0

        .thumb
        .type thumb_checks, %function
thumb_checks:
        push    {r4, lr}

        mov     r11, #4
        movs    r0, #0
        bl      far_thumb
        cmp     r0, #0xb2
        bne     tfail

        mov     r11, #5
        movs    r0, #0
        bl      far_arm
        cmp     r0, #0xa2
        bne     tfail

        mov     r11, #6
        movs    r0, #0
        adr.w   lr, 6f + 1
        b.w     far_thumb
6:      cmp     r0, #0xb2
        bne     tfail

        pop     {r4, pc}

tfail:  mov     r0, r11
        movs    r7, #1
        svc     #0

        .section .far, "ax", %progbits
        .arm
        .globl far_arm
        .type far_arm, %function
far_arm:
        mov     r0, #0xa2
        bx      lr

        .thumb
        .globl far_thumb
        .type far_thumb, %function
far_thumb:
        movs    r0, #0xb2
        bx      lr
