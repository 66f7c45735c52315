@ The GOT family in a static link (AAELF32 5.6.1 "Proxy generating
@ relocations"): relocheck synthesizes .got with one word per symbol, each
@ holding S | T, and GOT_ORG = _GLOBAL_OFFSET_TABLE_ = the start of .got
@ (lld's convention; GNU ld puts a 3-word header first). .got goes after
@ .data here: .data is 0x30000..0x30020, so .got is at 0x30020 with the
@ entries for fnT, datum (first use order).
@ relocheck: -Ttext=0x20000 --section-start=.data=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ GOT_PREL: GOT(fnT) + A - P = 0x30020 + 0 - 0x30000.
@ DUMP: gp1 R_ARM_GOT_PREL 'fnT' P=0x00030000 S=0x00020000 A=0 T=1 GOT(S)=0x00030020 X=0x00000020 : 20 00 00 00
@ GOT_BREL: GOT(datum) + A - GOT_ORG = 0x30024 + 4 - 0x30020.
@ DUMP: gb1 R_ARM_GOT_BREL 'datum' P=0x00030004 S=0x0003001c A=4 T=0 GOT(S)=0x00030024 GOT_ORG=0x00030020 X=0x00000008 : 08 00 00 00
@ GOTOFF32: ((S + A) | T) - GOT_ORG = (0x20000 + 2) | 1 - 0x30020.
@ DUMP: go1 R_ARM_GOTOFF32 'fnT' P=0x00030008 S=0x00020000 A=2 T=1 GOT_ORG=0x00030020 X=0xfffeffe3 : e3 ff fe ff
@ BASE_PREL: B(S) + A - P with B(S) = GOT_ORG: 0x30020 - 8 - 0x3000c.
@ DUMP: bp1 R_ARM_BASE_PREL '_GLOBAL_OFFSET_TABLE_' P=0x0003000c S=0x00030020 A=-8 T=0 GOT_ORG=0x00030020 X=0x0000000c : 0c 00 00 00
@ TARGET2 defaults to GOT_PREL: GOT(datum) - 0x30010.
@ DUMP: t2 R_ARM_TARGET2 'datum' P=0x00030010 S=0x0003001c A=0 T=0 GOT(S)=0x00030024 X=0x00000014 : 14 00 00 00
@ The GOT itself: fnT | 1, then datum.
@ RUN: relocheck link -Ttext=0x20000 --section-start=.data=0x30000 %s -o %t.elf
@ RUN: llvm-objdump -s -j .got %t.elf | FileCheck %s --check-prefix=GOT
@ GOT: 30020 01000200 1c000300
@ --target2=rel and abs give REL32 and ABS32.
@ RUN: relocheck dump --target2=rel %s | FileCheck %s --check-prefix=REL
@ REL: t2 R_ARM_TARGET2 'datum' P=0x00030010 S=0x0003001c A=0 T=0 X=0x0000000c
@ RUN: relocheck dump --target2=abs %s | FileCheck %s --check-prefix=ABS
@ ABS: t2 R_ARM_TARGET2 'datum' P=0x00030010 S=0x0003001c A=0 T=0 X=0x0003001c
        .syntax unified
        .thumb
        .text
        .globl fnT
        .type fnT, %function
fnT:    bx lr
        .data
gp1:    .reloc gp1, R_ARM_GOT_PREL, fnT
        .word 0
gb1:    .reloc gb1, R_ARM_GOT_BREL, datum
        .word 4
go1:    .reloc go1, R_ARM_GOTOFF32, fnT
        .word 2
bp1:    .reloc bp1, R_ARM_BASE_PREL, _GLOBAL_OFFSET_TABLE_
        .word -8
t2:     .reloc t2, R_ARM_TARGET2, datum
        .word 0
        .word 0, 0
        .globl datum
datum:  .word 7
