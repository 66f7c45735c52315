@ THM_TLS_CALL relaxed to local-exec on an architecture without Thumb-2:
@ there is no NOP.W on v4T-v6, v6-M or v8-M Baseline, so the BL becomes two
@ 16-bit NOPs (mov r8, r8), as the THM_TLS_DESCSEQ16 markers do.
@ encoder_invariants found relocheck writing NOP.W there, bytes that do not
@ decode on armv5te (corpus/encoder_invariants/regression-thm-tls-call-le-thumb1).
@ Initial-exec is 16-bit already (add r0, pc; ldr r0, [r0]).
@ relocheck: --arch=armv5te -T ../../Inputs/tls.lds
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
        ldr     r0, lit1
call1:  bl      tloc(tlscall)
@ expect call1 bytes: c0 46 c0 46
        ldr     r0, lit2
call2:  bl      tglob(tlscall)
@ expect call2 bytes: 78 44 00 68
        bx      lr
        .p2align 2
lit1:   .word   tloc(tlsdesc) + (. - call1 + 1)
lit2:   .word   tglob(tlsdesc) + (. - call2 + 1)

        .section .tdata, "awT", %progbits
        .balign 16
        .word   0
tloc:   .word   5
        .globl  tglob
tglob:  .word   6
