@ Linker-script symbols and --defsym are ordinary relocation targets; ENTRY()
@ sets e_entry (with bit 0 for a Thumb entry function).
@ relocheck: -T Inputs/symbols.lds --defsym=mmio_base=0x40001000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck link -T %S/Inputs/symbols.lds --defsym=mmio_base=0x40001000 %s -o %t.elf
@ RUN: llvm-readelf -h -s %t.elf | FileCheck %s --check-prefix=ELF
@ ELF: Entry point address: 0x8015
@ ELF-DAG: 00040000 {{.*}} data_start
@ ELF-DAG: 0000801c {{.*}} text_end
@ ELF-DAG: 40001000 {{.*}} mmio_base
        .syntax unified
        .arm
        .text
w1:     .word text_end
@ expect w1 value: 0x801c
w2:     .word data_start + 4
@ expect w2 value: 0x40004
w3:     .word table_size
@ expect w3 value: 8
lo:     movw r0, #:lower16:mmio_base
hi:     movt r0, #:upper16:mmio_base
@ expect lo pair hi: 0x40001000
        .thumb
        .globl entry_point
        .type entry_point, %function
entry_point:
        bx lr
        .balign 4
        .space 4
        .data
        .word 1, 2
