@ Relocations in sections that are not allocated (debug information): they
@ are applied and checked like any other, with the rules lld and GNU ld
@ follow. The output section has no address (sh_addr 0), so P is the
@ offset in it, and a symbol defined there (or its section symbol) has its
@ offset as value. Only kinds whose value does not depend on P apply:
@ ABS32 (with T for a Thumb function), ABS16, ABS8, TLS_LDO32 (the offset
@ in the TLS block, as DWARF's DW_OP_form_tls_address wants), TARGET1 as
@ ABS32 (its default). lld 22, GNU
@ ld 2.40 and mold agree on every site here (diff-non-alloc.test).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tdata=0x30000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ The linked file holds the patched bytes in a section at address 0, and
@ the labels in it have their offsets as values.
@ RUN: relocheck link --arch=armv7-a -Ttext=0x20000 --section-start=.tdata=0x30000 %s -o %t.elf
@ RUN: llvm-readelf-22 -S -s %t.elf | FileCheck %s --check-prefix=ELF
@ ELF: .debug_abbrev PROGBITS 00000000 {{[0-9a-f]+}} 000004 00 0 0 1
@ ELF: .debug_info PROGBITS 00000000 {{[0-9a-f]+}} 000018 00 0 0 1
@ ELF: 00000003 0 NOTYPE LOCAL DEFAULT [[ABBREV:[0-9]+]] abb
@ ELF: 00000010 0 NOTYPE LOCAL DEFAULT {{[0-9]+}} i5
@ RUN: llvm-objdump-22 -s -j .debug_info %t.elf | FileCheck %s --check-prefix=BYTES
@ BYTES:      0000 00000200 09000200 03000000 04000000
@ BYTES-NEXT: 0010 05000407 00000200

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .thumb
        .type fnT, %function
fnT:    bx lr

        .section .tdata, "awT", %progbits
        .word 0
tv:     .word 7

        .section .debug_abbrev, "", %progbits
        .byte 1, 2, 3
abb:    .byte 4

        .section .debug_info, "", %progbits
i1:     .word _start
@ expect i1 value: 0x20000
i2:     .word fnT + 4
@ expect i2 value: 0x20009
@ The section symbol of .debug_abbrev with addend 3: its offset 0 + 3.
i3:     .word abb
@ expect i3 value: 3
i4:     .reloc ., R_ARM_TLS_LDO32, tv
        .word 0
@ expect i4 value: 4
i5:     .short abb + 2
@ expect i5 value: 5
i6:     .byte abb + 1
@ expect i6 value: 4
i7:     .byte 7
i8:     .reloc i8, R_ARM_TARGET1, _start
        .word 0
@ expect i8 value: 0x20000
