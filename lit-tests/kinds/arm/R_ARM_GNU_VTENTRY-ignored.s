@ R_ARM_GNU_VTENTRY (100) and R_ARM_GNU_VTINHERIT (101), the deprecated
@ GNU C++ vtable-GC markers: AAELF32 "Deprecated relocations" says they
@ "may be safely ignored". relocheck applies them like R_ARM_NONE: the
@ bytes at the place stay as assembled (GNU ld ignores them too; lld and
@ mold refuse them). Their symbol, usually another file's vtable, need not
@ be defined (u1: S = 0). The sites carry no field, so the bytes are read
@ from the linked output with llvm-objdump.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.data=0x30000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ RUN: relocheck link --arch=armv7-a -Ttext=0x20000 --section-start=.data=0x30000 %s -o %t
@ RUN: llvm-objdump -s -j .text %t | FileCheck --check-prefix=BYTES %s
@ CHECK: PASS
@ DUMP:      e1 R_ARM_GNU_VTENTRY 'vt' P=0x00020000 S=0x00030000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: i1 R_ARM_GNU_VTINHERIT 'vt' P=0x00020004 S=0x00030000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: e2 R_ARM_GNU_VTENTRY 'vt' P=0x00020008 S=0x00030000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: u1 R_ARM_GNU_VTINHERIT 'parent_vtable' P=0x0002000c S=0x00000000 A=0 T=0 X=0x00000000{{$}}
@ Unchanged: 0x11223344, a BL with its addend field, 8, 4.
@ BYTES:      Contents of section .text:
@ BYTES-NEXT: 20000 44332211 feffffeb 08000000 04000000

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
e1:     .reloc ., R_ARM_GNU_VTENTRY, vt
        .word 0x11223344
i1:     .reloc ., R_ARM_GNU_VTINHERIT, vt
        .inst 0xebfffffe
e2:     .reloc ., R_ARM_GNU_VTENTRY, vt
        .word 8
u1:     .reloc ., R_ARM_GNU_VTINHERIT, parent_vtable
        .word 4
        bx lr

        .data
vt:     .word 0
