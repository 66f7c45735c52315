@ What a linker script says of non-allocated sections: /DISCARD/ drops
@ one (words naming it get the tombstone); an output section of its own
@ name (GNU ld's default scripts: `.debug_info 0 : { *(.debug_info) }`)
@ is where relocheck puts it anyway; any other output section taking one
@ is an error (it was ignored, the section left where relocheck puts it).
@ RUN: printf 'SECTIONS { .text 0x20000 : { *(.text) } /DISCARD/ : { *(.debug_abbrev) } }' > %t1.lds
@ RUN: relocheck dump -T %t1.lds %s | FileCheck %s --check-prefix=DISCARD
@ DISCARD: i1 R_ARM_ABS32 '.debug_abbrev' P=0x00000000 S=0x00000000 A=0 T=0 (tombstone: the target's section is not in the output) X=0x00000000
@ DISCARD: i2 R_ARM_ABS32 '_start' P=0x00000004 S=0x00020000
@ RUN: relocheck link -T %t1.lds %s -o %t1.elf
@ RUN: llvm-readelf-22 -S %t1.elf | FileCheck %s --check-prefix=GONE
@ GONE-NOT: .debug_abbrev
@ RUN: printf 'SECTIONS { .text 0x20000 : { *(.text) } .debug_info 0 : { *(.debug_info) } }' > %t2.lds
@ RUN: relocheck dump -T %t2.lds %s | FileCheck %s --check-prefix=OWN
@ OWN: i1 R_ARM_ABS32 '.debug_abbrev' P=0x00000000 S=0x00000000 A=4 T=0 X=0x00000004
@ RUN: printf 'SECTIONS {\n .text 0x20000 : { *(.text) *(.debug_abbrev) }\n}' > %t3.lds
@ RUN: not relocheck link -T %t3.lds %s -o %t3.elf 2>&1 | FileCheck %s --check-prefix=OTHER
@ OTHER: script.s.tmp3.lds:2: error: output section .text takes .debug_abbrev of {{.*}}script.s, which is not allocated: relocheck lays non-allocated sections out under their own name only (write them to an output section of that name, or /DISCARD/ them)
@ An output section of the input's own name may only name inputs: an
@ assignment in it made a second, allocated .debug_info; an allocated
@ input in it did too.
@ RUN: printf 'SECTIONS {\n .text 0x20000 : { *(.text) }\n .debug_info 0 : { . = . + 8; *(.debug_info) }\n}' > %t4.lds
@ RUN: not relocheck link -T %t4.lds %s -o %t4.elf 2>&1 | FileCheck %s --check-prefix=ASSIGN
@ ASSIGN: script.s.tmp4.lds:3: error: output section .debug_info holds .debug_info, which is not allocated: relocheck lays it out itself, so the statement may only name inputs (no assignments)
@ RUN: printf 'SECTIONS {\n .debug_info 0 : { *(.debug_info) *(.text) }\n}' > %t5.lds
@ RUN: not relocheck link -T %t5.lds %s -o %t5.elf 2>&1 | FileCheck %s --check-prefix=MIX
@ MIX: script.s.tmp5.lds:2: error: output section .debug_info mixes the non-allocated .debug_info with allocated inputs
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .section .debug_abbrev, "", %progbits
        .byte 1, 2, 3, 4
dlab:   .byte 5
        .section .debug_info, "", %progbits
i1:     .word dlab
i2:     .word _start
