@ R_ARM_MOVT_PREL is unchecked although it lacks the _NC suffix (fact
@ sheet 1): X = S + A - P mod 2^32 and MOVT takes X[31:16]. None of these
@ sites may fail: a distance of exactly 2^31, a target far below P, a
@ distance that wraps, and a pair where the negative addend borrows from
@ the upper half (X = 0xfffc: MOVT 0, not 1).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=far=0x80020000
@ relocheck: --defsym=low=0x10 --defsym=top=0xf0020008
@ relocheck: --section-start=.dat=0x30018
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      r1 R_ARM_MOVT_PREL 'far' P=0x00020000 S=0x80020000 A=0 T=0 X=0x80000000
@ DUMP-NEXT: r2 R_ARM_MOVT_PREL 'low' P=0x00020004 S=0x00000010 A=0 T=0 X=0xfffe000c
@ DUMP-NEXT: r3 R_ARM_MOVT_PREL 'top' P=0x00020008 S=0xf0020008 A=0 T=0 X=0xf0000000
@ DUMP-NEXT: lo4 R_ARM_MOVW_PREL_NC 'tgtF' P=0x0002000c S=0x00030018 A=-16 T=0 X=0x0000fffc
@ DUMP-NEXT: hi4 R_ARM_MOVT_PREL 'tgtF' P=0x00020010 S=0x00030018 A=-12 T=0 X=0x0000fffc

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x80020000 - 0x20000 = 0x80000000: MOVT 0x8000 -> 0xe3480000.
r1:     movt r0, #:upper16:(far - .)
@ expect r1 value: far - .
@ expect r1 bytes: 00 00 48 e3
@ X = 0x10 - 0x20004 = 0xfffe000c: MOVT 0xfffe -> 0xe34f1ffe.
r2:     movt r1, #:upper16:(low - .)
@ expect r2 value: low - .
@ expect r2 bytes: fe 1f 4f e3
@ Target above P, yet X = 0xf0020008 - 0x20008 = 0xf0000000 reads as
@ negative: MOVT 0xf000 -> 0xe34f2000.
r3:     movt r2, #:upper16:(top - .)
@ expect r3 value: top - .
@ expect r3 bytes: 00 20 4f e3
@ S - P at the MOVT is 0x30018 - 0x20010 = 0x10008 and A = -12, so
@ X = 0xfffc: MOVT 0 -> 0xe3403000 (with A read as 0xfff4, unsigned, X
@ would be 0x1fffc and MOVT 1); MOVW 0xfffc -> 0xe30f3ffc.
lo4:    movw r3, #:lower16:(tgtF - (L4 + 8))
hi4:    movt r3, #:upper16:(tgtF - (L4 + 8))
L4:     add r3, r3, pc
@ expect lo4 pair hi4: tgtF - L4 - 8
@ expect lo4 bytes: fc 3f 0f e3
@ expect hi4 bytes: 00 30 40 e3
        bx lr

        .section .dat, "a", %progbits
tgtF:   .word 0
