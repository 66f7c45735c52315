@ R_ARM_V4BX has no range (fact sheet 2, row 40: nothing written, no
@ check): a symbol 0x70000000 away (beyond every branch range), an
@ absolute symbol at 0xffffffff, an undefined weak symbol and the place's
@ own label all link, and the BX is left as it is. Armv7-A: the kind only
@ marks the place whatever the core.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x70020000
@ relocheck: --defsym=hiabs=0xffffffff
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      r1 R_ARM_V4BX 'farfn' P=0x00020000 S=0x70020000 A=0 T=0 X=0x00000000 : 13 ff 2f e1
@ DUMP-NEXT: r2 R_ARM_V4BX 'hiabs' P=0x00020004 S=0xffffffff A=0 T=0 X=0x00000000 : 1e ff 2f e1
@ DUMP-NEXT: r3 R_ARM_V4BX 'missing' P=0x00020008 S=0x00000000 A=0 T=0 X=0x00000000 : 12 ff 2f e1
@ DUMP-NEXT: self R_ARM_V4BX 'self' P=0x0002000c S=0x0002000c A=0 T=0 X=0x00000000 : 1e ff 2f 01

        .syntax unified
        .arm
        .text
        .weak missing
        .globl _start
        .type _start, %function
_start:
r1:     bx r3
        .reloc r1, R_ARM_V4BX, farfn
@ expect r1 bytes: 13 ff 2f e1
r2:     bx lr
        .reloc r2, R_ARM_V4BX, hiabs
@ expect r2 bytes: 1e ff 2f e1
r3:     bx r2
        .reloc r3, R_ARM_V4BX, missing
@ expect r3 bytes: 12 ff 2f e1
        .globl self
self:   bxeq lr
        .reloc self, R_ARM_V4BX, self
@ expect self bytes: 1e ff 2f 01

        .section .far, "ax", %progbits
        .arm
        .globl farfn
        .type farfn, %function
farfn:  bx lr
