@ What a TLS descriptor call or marker may hold (docs/tls-descriptors.md):
@ anything else is an error naming the site, before a byte is written, as
@ in GNU ld 2.40 ("unexpected ARM instruction ... in TLS trampoline").
@ llvm-mc's `.tlsdescseq` in Thumb code writes R_ARM_TLS_DESCSEQ, an ARM
@ kind, over a 16-bit instruction: GNU ld reads a word there and refuses
@ it, and so does relocheck. GNU ld refuses the first three ARM sites with
@ the same words; at b1 it writes its NOP without looking (relocheck is
@ stricter there: only a BL or BLX is a descriptor call).
@ relocheck: -T ../../Inputs/tls.lds
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
        .tlsdescseq tv
nop1:   nop
@ expect nop1 error: expected ADD Rd, PC, Rm, LDR Rt, [Rn, #4] or BLX Rm (A1, cond AL) in a TLS descriptor sequence at the place, found 0xe320f000
        .tlsdescseq tv
ldr8:   ldr     r3, [r1, #8]
@ expect ldr8 error: found 0xe5913008
        .tlsdescseq tv
addeq:  addeq   r2, pc, r1
@ expect addeq error: found 0x008f2001
        .reloc  ., R_ARM_TLS_CALL, tv
b1:     b       .
@ expect b1 error: expected BL (A1, cond AL) or BLX (immediate, A2) at the place, found 0xeafffffe
        bx      lr
        .thumb
        .type tf, %function
tf:     nop
        nop
        .tlsdescseq tv
tadd:   add     r1, pc
        nop
@ llvm-mc's .tlsdescseq writes the ARM kind in Thumb code: the mapping
@ symbol ($t) says the place holds no ARM instruction.
@ expect tadd error: is an ARM instruction relocation, but the mapping symbols mark the place as Thumb code ($t)
        .reloc  ., R_ARM_THM_TLS_DESCSEQ16, tv
tnop:   nop
@ expect tnop error: expected ADD Rdn, PC, LDR Rt, [Rn, #4] or BLX Rm (16-bit) in a TLS descriptor sequence at the place, found 0xbf00
        .reloc  ., R_ARM_THM_TLS_CALL, tv
tbw:    b.w     .
@ expect tbw error: expected BL (T1) or BLX (immediate, T2) at the place
        bx      lr

        .section .tdata, "awT", %progbits
tv:     .word   5
