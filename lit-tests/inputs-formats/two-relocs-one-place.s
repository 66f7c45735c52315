@ Two REL relocations at one place each read their addend from the
@ producer's field, not from the other's result (as ld.lld does). The last
@ one written stands in the output, so the first site's field no longer
@ holds what its relocation computed: that is an error naming the
@ relocation that overwrote it (ld.lld and GNU ld link it silently), and
@ the site is not judged by bytes the output does not contain.
@ relocheck: -Ttext=0x10000
@ RUN: not relocheck dump %s 2>&1 | FileCheck %s
@ CHECK:      w R_ARM_ABS32 'a' P=0x00010000 S=0x00010004 A=16 T=0 error: its field was overwritten by R_ARM_ABS32 at {{.*}}two-relocs-one-place.s:(.text+0x0): the output holds 18 00 01 00, not the 14 00 01 00 this relocation wrote
@ CHECK-NEXT: w R_ARM_ABS32 'b' P=0x00010000 S=0x00010008 A=16 T=0 X=0x00010018 : 18 00 01 00
@ A field that a relocation at another offset overlaps: the same.
@ RUN: not relocheck check %S/Inputs/overlapping-fields.s 2>&1 | FileCheck %s --check-prefix=PART
@ PART: overlapping-fields.s:(.data+0x0): error: R_ARM_ABS32 against '_start': its field was overwritten by R_ARM_ABS32 at {{.*}}overlapping-fields.s:(.data+0x3): the output holds 00 00 01 83, not the 00 00 01 7f this relocation wrote
@ PART: FAIL
@ An R_ARM_NONE over the field writes nothing: the error names the
@ relocation that did (it once blamed the NONE).
@ RUN: printf '.data\n.globl _start\n_start:\nd1: .word a\n .reloc d1+2, R_ARM_ABS8, z\n .reloc d1+1, R_ARM_NONE, z\na: .word 0\n.globl z\n.set z, 0\n' > %t.none.s
@ RUN: not relocheck check %t.none.s 2>&1 | FileCheck %s --check-prefix=NONE
@ NONE: none.s:(.data+0x0): error: R_ARM_ABS32 against '.data': its field was overwritten by R_ARM_ABS8 at {{.*}}none.s:(.data+0x2): the output holds 04 00 00 00, not the 04 00 01 00 this relocation wrote
        .text
w:      .word 0x10
        .reloc w, R_ARM_ABS32, a
        .reloc w, R_ARM_ABS32, b
a:      .word 0
b:      .word 0
