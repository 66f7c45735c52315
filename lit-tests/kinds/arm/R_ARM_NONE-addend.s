@ R_ARM_NONE has no addend (fact sheet 2, row 0: nothing written): planted
@ fields that would carry a REL addend for other kinds (data -16, BL
@ imm24 -8, MOVW imm16 0xffe0 = -32) are read as A = 0 and left as they
@ are. Control: the same -16 word under R_ARM_ABS32 becomes S - 16.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ RUN: relocheck link --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000 %s -o %t
@ RUN: llvm-objdump -s -j .text %t | FileCheck --check-prefix=BYTES %s
@ CHECK: PASS
@ DUMP:      n1 R_ARM_NONE 'fnA' P=0x00020000 S=0x00022000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: n2 R_ARM_NONE 'fnA' P=0x00020004 S=0x00022000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: n3 R_ARM_NONE 'fnA' P=0x00020008 S=0x00022000 A=0 T=0 X=0x00000000{{$}}
@ DUMP-NEXT: c1 R_ARM_ABS32 'fnA' P=0x0002000c S=0x00022000 A=-16 T=0 X=0x00021ff0 : f0 1f 02 00
@ Unchanged: 0xfffffff0, 0xebfffffe, 0xe30f0fe0; then 0x22000 - 16.
@ BYTES:      Contents of section .text:
@ BYTES-NEXT: 20000 f0ffffff feffffeb e00f0fe3 f01f0200

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
n1:     .reloc ., R_ARM_NONE, fnA
        .word -16
n2:     .reloc ., R_ARM_NONE, fnA
        .inst 0xebfffffe
n3:     .reloc ., R_ARM_NONE, fnA
        .inst 0xe30f0fe0
c1:     .reloc ., R_ARM_ABS32, fnA
        .word -16
@ expect c1 value: fnA - 16
@ expect c1 bytes: f0 1f 02 00

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
