@ TLS descriptor sequences relaxed in a static link (docs/tls-
@ descriptors.md), run under qemu-arm: each sequence must leave in r0 the
@ variable's offset from tp, whichever relaxation the linker chose
@ (local-exec: the literal is that offset; initial-exec: the literal
@ reaches the GOT word holding it). With no C library the program sets
@ the thread pointer itself (ARM's set_tls, 0xf0005) to the block's start
@ minus align_up(8, 16) (.tdata is pinned at 0x60000), and reads each
@ variable at tp + r0 (mrc p15 TPIDRURO).
@ REQUIRES: qemu-arm, gnu-ld
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.tdata=0x60000
@ relocheck: Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: relocheck run --oracles=core,gnu-ld %s | FileCheck %s
@ CHECK: core: exit 0: all 8 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 8 checks passed
@ check 1: ARM TLS_CALL, local symbol (local-exec)
@ check 2: ARM TLS_CALL, global symbol (initial-exec)
@ check 3: ARM TLS_DESCSEQ sequence, local symbol
@ check 4: ARM TLS_DESCSEQ sequence, global symbol
@ check 5: Thumb THM_TLS_CALL, local symbol
@ check 6: Thumb THM_TLS_CALL, global symbol
@ check 7: Thumb THM_TLS_DESCSEQ16 sequence, local symbol
@ check 8: Thumb THM_TLS_DESCSEQ16 sequence, global symbol
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}
        ldr     r0, =0x5fff0            @ tp = 0x60000 - align_up(8, 16)
        ldr     r7, =0xf0005            @ __ARM_NR_set_tls
        svc     #0

        mov     r11, #1
        ldr     r0, l1
1:      bl      tloc(tlscall)
        mrc     p15, 0, r1, c13, c0, 3
        ldr     r0, [r1, r0]
        cmp     r0, #5
        bne     fail

        mov     r11, #2
        ldr     r0, l2
2:      blx     tglob(tlscall)
        mrc     p15, 0, r1, c13, c0, 3
        ldr     r0, [r1, r0]
        cmp     r0, #6
        bne     fail

        mov     r11, #3
        ldr     r0, l3
3:
        .tlsdescseq tloc
        add     r0, pc, r0
        .tlsdescseq tloc
        ldr     r1, [r0, #4]
        .tlsdescseq tloc
        blx     r1
        mrc     p15, 0, r1, c13, c0, 3
        ldr     r0, [r1, r0]
        cmp     r0, #5
        bne     fail

        mov     r11, #4
        ldr     r0, l4
4:
        .tlsdescseq tglob
        add     r0, pc, r0
        .tlsdescseq tglob
        ldr     r1, [r0, #4]
        .tlsdescseq tglob
        blx     r1
        mrc     p15, 0, r1, c13, c0, 3
        ldr     r0, [r1, r0]
        cmp     r0, #6
        bne     fail

        bl      thumb_checks
        pop     {r4, pc}

fail:   mov     r0, r11
        mov     r7, #1
        svc     #0
        .ltorg
l1:     .word   tloc(tlsdesc) + (. - 1b)
l2:     .word   tglob(tlsdesc) + (. - 2b)
l3:     .word   tloc(tlsdesc) + (. - 3b)
l4:     .word   tglob(tlsdesc) + (. - 4b)

        .thumb
        .type thumb_checks, %function
thumb_checks:
        mov     r11, #5
        ldr     r0, l5
5:      bl      tloc(tlscall)
        mrc     p15, 0, r1, c13, c0, 3
        ldr     r0, [r1, r0]
        cmp     r0, #5
        bne     tfail

        mov     r11, #6
        ldr     r0, l6
6:      bl      tglob(tlscall)
        mrc     p15, 0, r1, c13, c0, 3
        ldr     r0, [r1, r0]
        cmp     r0, #6
        bne     tfail

        mov     r11, #7
        ldr     r0, l7
7:
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tloc
        add     r0, pc
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tloc
        ldr     r1, [r0, #4]
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tloc
        blx     r1
        mrc     p15, 0, r1, c13, c0, 3
        ldr     r0, [r1, r0]
        cmp     r0, #5
        bne     tfail

        mov     r11, #8
        ldr     r0, l8
8:
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tglob
        add     r0, pc
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tglob
        ldr     r1, [r0, #4]
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tglob
        blx     r1
        mrc     p15, 0, r1, c13, c0, 3
        ldr     r0, [r1, r0]
        cmp     r0, #6
        bne     tfail
        bx      lr

tfail:  mov     r0, r11
        movs    r7, #1
        svc     #0
        .p2align 2
l5:     .word   tloc(tlsdesc) + (. - 5b + 1)
l6:     .word   tglob(tlsdesc) + (. - 6b + 1)
l7:     .word   tloc(tlsdesc) + (. - 7b + 1)
l8:     .word   tglob(tlsdesc) + (. - 8b + 1)

        .section .tdata, "awT", %progbits
        .balign 16
        .word   0
tloc:   .word   5
        .globl  tglob
tglob:  .word   6
