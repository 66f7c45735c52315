@ R_ARM_V4BX has no addend (fact sheet 2, row 40: nothing written): the
@ BX word's cond and Rm bits are not read as one (A = 0 for every site),
@ and nothing is written, even for `bx pc` (Rm = 15) or a symbol that is
@ a Thumb function. The bytes are also read back from the linked output.
@ relocheck: --arch=armv4t -Ttext=0x20000 --section-start=.fn=0x22040
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ RUN: relocheck link --arch=armv4t -Ttext=0x20000 --section-start=.fn=0x22040 %s -o %t
@ RUN: llvm-objdump -s -j .text %t | FileCheck --check-prefix=BYTES %s
@ CHECK: PASS
@ DUMP:      a1 R_ARM_V4BX 'fnT' P=0x00020000 S=0x00022040 A=0 T=1 X=0x00000000 : 1f ff 2f e1
@ DUMP-NEXT: a2 R_ARM_V4BX 'fnT' P=0x00020004 S=0x00022040 A=0 T=1 X=0x00000000 : 1e ff 2f d1
@ DUMP-NEXT: a3 R_ARM_V4BX 'fnT' P=0x00020008 S=0x00022040 A=0 T=1 X=0x00000000 : 17 ff 2f a1
@ BYTES:      Contents of section .text:
@ BYTES-NEXT: 20000 1fff2fe1 1eff2fd1 17ff2fa1

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ bx pc (0xe12fff1f).
a1:     bx pc
        .reloc a1, R_ARM_V4BX, fnT
@ expect a1 bytes: 1f ff 2f e1
@ bxle lr (0xd12fff1e).
a2:     bxle lr
        .reloc a2, R_ARM_V4BX, fnT
@ expect a2 bytes: 1e ff 2f d1
@ bxge r7 (0xa12fff17).
a3:     bxge r7
        .reloc a3, R_ARM_V4BX, fnT
@ expect a3 bytes: 17 ff 2f a1

        .section .fn, "ax", %progbits
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
