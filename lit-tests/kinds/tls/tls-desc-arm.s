@ TLS descriptor sequences in ARM state (AAELF32 5.6.1 "TLS relocations";
@ the TLSDESC proposal), relaxed in a static link as GNU ld 2.40 does
@ (docs/tls-descriptors.md): a symbol local to its object gets local-exec
@ (the TLS_GOTDESC literal holds its tp offset, the addend ignored; the
@ TLS_CALL BL/BLX and the markers become NOPs, `add Rd, pc, Rm` becomes
@ `mov Rd, Rm`); any other symbol gets initial-exec through the TLS_IE32
@ GOT word (literal = GOT(S) + A - P - 8; BL -> `ldr r0, [pc, r0]`;
@ `ldr Rt, [Rn, #4]` -> `ldr Rt, [Rn]`; `blx Rm` -> `mov r0, Rm`).
@ Every byte below was measured on GNU ld 2.40 (-static) at the same
@ addresses (lit-tests/oracles/diff-tls-desc.test compares them).
@ tloc at offset 4 of a 16-aligned block: tp = 0x40000 - 16, so 0x14.
@ relocheck: -T ../../Inputs/tls.lds
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck link -T %S/../../Inputs/tls.lds %s -o %t.elf
@ RUN: llvm-objdump -s -j .got %t.elf | FileCheck %s --check-prefix=GOT
@ GOT: 50000 18000000
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ Local-exec: the call form, BL and BLX.
        ldr     r0, lit1
call1:  bl      tloc(tlscall)
@ expect call1 bytes: 00 00 a0 e1
        ldr     r0, lit2
call2:  blx     tloc(tlscall)
@ expect call2 bytes: 00 00 a0 e1
@ Local-exec: the inline sequence.
        ldr     r1, lit3
3:
        .tlsdescseq tloc
seq1:   add     r2, pc, r1
@ expect seq1 bytes: 01 20 a0 e1
        .tlsdescseq tloc
seq2:   ldr     r3, [r1, #4]
@ expect seq2 bytes: 00 00 a0 e1
        .tlsdescseq tloc
seq3:   blx     r3
@ expect seq3 bytes: 00 00 a0 e1
@ Initial-exec (tglob is global).
        ldr     r0, lit4
call4:  bl      tglob(tlscall)
@ expect call4 bytes: 00 00 9f e7
        ldr     r4, lit5
5:
        .tlsdescseq tglob
seq4:   add     r4, pc, r4
@ expect seq4 bytes: 04 40 8f e0
        .tlsdescseq tglob
seq5:   ldr     r5, [r4, #4]
@ expect seq5 bytes: 00 50 94 e5
        .tlsdescseq tglob
seq6:   blx     r5
@ expect seq6 bytes: 05 00 a0 e1
        bx      lr
        .p2align 2
lit1:   .word   tloc(tlsdesc) + (. - call1)
@ expect lit1 value: 0x14
lit2:   .word   tloc(tlsdesc) + (. - call2)
@ expect lit2 value: 0x14
lit3:   .word   tloc(tlsdesc) + (. - 3b)
@ expect lit3 value: 0x14
lit4:   .word   tglob(tlsdesc) + (. - call4)
@ expect lit4 value: 0x50000 - call4 - 8
lit5:   .word   tglob(tlsdesc) + (. - 5b)
@ expect lit5 value: 0x50000 - seq4 - 8

        .section .tdata, "awT", %progbits
        .balign 16
        .word   0
tloc:   .word   5
        .globl  tglob
tglob:  .word   6
