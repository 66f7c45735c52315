@ R_ARM_V4BX marks an ARM `BX Rm` (A1) so that a linker may rewrite it for
@ Armv4 cores without BX; it writes nothing and the ABI gives it no formula
@ (AAELF32 "Static miscellaneous relocations"; fact sheet 2, row 40 and row
@ notes: lld and mold ignore it, GNU ld rewrites only with --fix-v4bx). The
@ BX stays exactly as assembled, in any condition and with any Rm. GNU as
@ emits it against no symbol (index 0); the other sites name a label.
@ relocheck: --arch=armv4t -Ttext=0x20000 --section-start=.fn=0x22000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      v1 R_ARM_V4BX P=0x00020000 S=0x00000000 A=0 T=0 X=0x00000000 : 1e ff 2f e1
@ DUMP-NEXT: v2 R_ARM_V4BX 'fnA' P=0x00020004 S=0x00022000 A=0 T=0 X=0x00000000 : 13 ff 2f e1
@ DUMP-NEXT: v3 R_ARM_V4BX 'fnA' P=0x00020008 S=0x00022000 A=0 T=0 X=0x00000000 : 10 ff 2f 11
@ DUMP-NEXT: v4 R_ARM_V4BX 'fnA' P=0x0002000c S=0x00022000 A=0 T=0 X=0x00000000 : 1c ff 2f e1

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ bx lr (0xe12fff1e), no symbol.
v1:     .reloc ., R_ARM_V4BX, 0
        bx lr
@ expect v1 bytes: 1e ff 2f e1
@ bx r3 (0xe12fff13).
v2:     bx r3
        .reloc v2, R_ARM_V4BX, fnA
@ expect v2 bytes: 13 ff 2f e1
@ bxne r0 (0x112fff10): the condition is kept.
v3:     bxne r0
        .reloc v3, R_ARM_V4BX, fnA
@ expect v3 bytes: 10 ff 2f 11
@ bx r12 (0xe12fff1c).
v4:     bx r12
        .reloc v4, R_ARM_V4BX, fnA
@ expect v4 bytes: 1c ff 2f e1

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr
