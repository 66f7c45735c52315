@ An undefined weak TLS symbol has address 0, as in GNU ld 2.40: its LE
@ word is 0 - tp, its IE GOT word 0 - tp, its LDO32 word and GD offset 0
@ minus the block's start, so that &sym is 0 in every model (the idiom
@ `&maybe ? maybe : -1`). ld.lld 22 writes 0 in all of them, which makes
@ &sym tp. relocheck once wrote -tp in the LE word and 0 in the IE GOT
@ word, so two reads of one variable disagreed; the checker judges the
@ GOT words by the same rule.
@ relocheck: -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ Block at 0x20018 (.tdata after .data), tp = 0x20018 - 8 = 0x20010.
@ DUMP: w1 R_ARM_TLS_LE32 'wt' {{.*}} tp=0x00020010 X=0xfffdfff0 : f0 ff fd ff
@ DUMP: w3 R_ARM_TLS_LDO32 'wt' {{.*}} TLS=0x00020018 X=0xfffdffe8 : e8 ff fd ff
@ The IE word (GOT at 0x2001c) holds -tp, the GD pair (1, -block).
@ RUN: relocheck link -Ttext=0x20000 %s -o %t.elf 2>/dev/null
@ RUN: llvm-objdump -s -j .got %t.elf | FileCheck %s --check-prefix=GOT
@ GOT: 2001c f0fffdff 01000000 e8fffdff
        .syntax unified
        .arm
        .text
        .globl _start
_start: bx lr
        .data
        .weak wt
        .type wt, %tls_object
w1:     .word wt(TPOFF)
@ expect w1 value: 0 - 0x20010
w2:     .word wt(GOTTPOFF)
w3:     .word wt(TLSLDO)
@ expect w3 value: 0 - 0x20018
w4:     .word wt(TLSGD)
w5:     .word tv(TPOFF)
@ expect w5 value: 8
        .section .tdata, "awT", %progbits
        .balign 4
tv:     .word 2
