@ R_ARM_NONE writes nothing (AAELF32 "Static miscellaneous relocations";
@ fact sheet 2, row 0): the bytes at the place stay as assembled, whether
@ they are data, a BL with an addend field, or a NOP. A BL next to them
@ still gets its own R_ARM_CALL. The sites carry no field, so the bytes are
@ read from the linked output with llvm-objdump.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ RUN: relocheck link --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000 %s -o %t
@ RUN: llvm-objdump -s -j .text %t | FileCheck --check-prefix=BYTES %s
@ CHECK: PASS
@ DUMP:      n1 R_ARM_NONE 'fnA' P=0x00020000 S=0x00022000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: n2 R_ARM_NONE 'fnA' P=0x00020004 S=0x00022000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: n3 R_ARM_NONE 'fnA' P=0x00020008 S=0x00022000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: c1 R_ARM_CALL 'fnA' P=0x0002000c {{.*}} : fb 07 00 eb : bl
@ Unchanged: 0x12345678, 0xebfffffe, NOP 0xe320f000; then the BL
@ X = 0x22000 - 8 - 0x2000c = 0x1fec -> 0xeb0007fb.
@ BYTES:      Contents of section .text:
@ BYTES-NEXT: 20000 78563412 feffffeb 00f020e3 fb0700eb

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
n1:     .reloc ., R_ARM_NONE, fnA
        .word 0x12345678
n2:     .reloc ., R_ARM_NONE, fnA
        .inst 0xebfffffe
n3:     .reloc ., R_ARM_NONE, fnA
        nop
c1:     bl fnA
@ expect c1 branch: fnA arm
@ expect c1 bytes: fb 07 00 eb

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
