@ TLS descriptor sequences in Thumb state (AAELF32 5.6.1 "TLS
@ relocations"), relaxed in a static link as GNU ld 2.40 does
@ (docs/tls-descriptors.md). Local-exec: THM_TLS_CALL's BL/BLX becomes
@ NOP.W and each THM_TLS_DESCSEQ16 marker a 16-bit NOP (mov r8, r8); the
@ literal holds the tp offset. Initial-exec: the BL/BLX becomes `add r0,
@ pc; ldr r0, [r0]`, `ldr Rt, [Rn, #4]` becomes `ldr Rt, [Rn]` and `blx
@ Rm` `mov r0, Rm`; the literal is GOT(S) + A - P - 5 (A = literal - call
@ + 1, so the PC of the call, + 4). llvm-mc's `.tlsdescseq` writes
@ R_ARM_TLS_DESCSEQ (ARM) in Thumb code too, which GNU ld and relocheck
@ refuse (tls-desc-errors.s), so the markers are written with `.reloc`.
@ Every byte was measured on GNU ld 2.40 at the same addresses.
@ relocheck: -T ../../Inputs/tls.lds
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
@ expect call1 bytes: af f3 00 80
        ldr     r0, lit2
call2:  blx     tloc(tlscall)
@ expect call2 bytes: af f3 00 80
        ldr     r1, lit3
3:
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tloc
seq1:   add     r1, pc
@ expect seq1 bytes: c0 46
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tloc
seq2:   ldr     r3, [r1, #4]
@ expect seq2 bytes: c0 46
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tloc
seq3:   blx     r3
@ expect seq3 bytes: c0 46
@ Initial-exec (tglob is global).
        ldr     r0, lit4
call4:  blx     tglob(tlscall)
@ expect call4 bytes: 78 44 00 68
        ldr     r4, lit5
5:
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tglob
seq4:   add     r4, pc
@ expect seq4 bytes: 7c 44
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tglob
seq5:   ldr     r5, [r4, #4]
@ expect seq5 bytes: 25 68
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tglob
seq6:   blx     r5
@ expect seq6 bytes: 28 46
        bx      lr
        .p2align 2
lit1:   .word   tloc(tlsdesc) + (. - call1 + 1)
@ expect lit1 value: 0x14
lit2:   .word   tloc(tlsdesc) + (. - call2 + 1)
@ expect lit2 value: 0x14
lit3:   .word   tloc(tlsdesc) + (. - 3b + 1)
@ expect lit3 value: 0x14
lit4:   .word   tglob(tlsdesc) + (. - call4 + 1)
@ expect lit4 value: 0x50000 - call4 - 4
lit5:   .word   tglob(tlsdesc) + (. - 5b + 1)
@ expect lit5 value: 0x50000 - seq4 - 4

        .section .tdata, "awT", %progbits
        .balign 16
        .word   0
tloc:   .word   5
        .globl  tglob
tglob:  .word   6
