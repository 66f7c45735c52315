@ R_ARM_NONE has no range and no alignment (fact sheet 2, row 0: nothing
@ written, no check): a place at an odd byte offset, a symbol 0x70000000
@ away (beyond every branch range), the place's own section, and an
@ undefined weak symbol all link without touching a byte.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x70020000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ RUN: relocheck link --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x70020000 %s -o %t
@ RUN: llvm-objdump -s -j .text %t | FileCheck --check-prefix=BYTES %s
@ CHECK: PASS
@ DUMP:      n1 R_ARM_NONE 'farfn' P=0x00020001 S=0x70020000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: n2 R_ARM_NONE '.text' P=0x00020005 {{.*}} X=0x00000000{{$}}
@ DUMP-NEXT: n3 R_ARM_NONE 'missing' P=0x00020006 S=0x00000000 A=0 T=0 X=0x00000000{{$}}
@ BYTES:      Contents of section .text:
@ BYTES-NEXT: 20000 11223344 55667788

        .syntax unified
        .arm
        .text
        .weak missing
        .globl _start
        .type _start, %function
_start:
        .byte 0x11
n1:     .reloc ., R_ARM_NONE, farfn
        .byte 0x22, 0x33, 0x44, 0x55
n2:     .reloc ., R_ARM_NONE, .text
        .byte 0x66
n3:     .reloc ., R_ARM_NONE, missing
        .byte 0x77, 0x88

        .section .far, "ax", %progbits
        .arm
        .globl farfn
        .type farfn, %function
farfn:  bx lr
