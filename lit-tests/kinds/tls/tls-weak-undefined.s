@ A TLS relocation against an undefined weak symbol has no TLS offset to
@ write: the ABIs leave it open and the linkers differ (GNU ld 2.40 writes
@ -tp in an LE word and in the IE GOT entry, ld.lld 22 0 in both). relocheck
@ wrote -tp in the LE word and 0 in the GOT entry, so an IE and an LE read
@ of one variable disagreed; now each such site is an error (a test
@ predicts it, as here).
@ relocheck: -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
        .syntax unified
        .arm
        .text
        .globl _start
_start: bx lr
        .data
        .weak wt
        .type wt, %tls_object
w1:     .word wt(TPOFF)
@ expect w1 error: is a TLS relocation against an undefined weak symbol, which has no offset in the TLS block
w2:     .word wt(GOTTPOFF)
@ expect w2 error: is a TLS relocation against an undefined weak symbol
w3:     .word wt(TLSLDO)
@ expect w3 error: is a TLS relocation against an undefined weak symbol
w4:     .word wt(TLSGD)
@ expect w4 error: is a TLS relocation against an undefined weak symbol
w5:     .word tv(TPOFF)
@ expect w5 value: 8
        .section .tdata, "awT", %progbits
        .balign 4
tv:     .word 2
