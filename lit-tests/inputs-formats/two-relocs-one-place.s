@ Two REL relocations at one place each read their addend from the
@ producer's field, not from the other's result (as ld.lld does); the last
@ one written stands.
@ relocheck: -Ttext=0x10000
@ RUN: relocheck dump %s | FileCheck %s
@ CHECK:      w R_ARM_ABS32 'a' P=0x00010000 S=0x00010004 A=16 T=0 X=0x00010014
@ CHECK-NEXT: w R_ARM_ABS32 'b' P=0x00010000 S=0x00010008 A=16 T=0 X=0x00010018 : 18 00 01 00
        .text
w:      .word 0x10
        .reloc w, R_ARM_ABS32, a
        .reloc w, R_ARM_ABS32, b
a:      .word 0
b:      .word 0
