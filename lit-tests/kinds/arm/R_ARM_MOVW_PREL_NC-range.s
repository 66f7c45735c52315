@ R_ARM_MOVW_PREL_NC is never checked (_NC, fact sheet 1 and 3.7): X is
@ computed mod 2^32 and MOVW keeps X[15:0]. None of these sites may fail:
@ a distance past 2^31 (0x80000000, negative as a signed value), a target
@ below P by more than 16 bits, a distance that wraps past 2^32, and
@ X = 0xffff / 0x10000 at the 16-bit edge.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=far=0x80020000
@ relocheck: --defsym=low=0x10 --defsym=top=0xfffffff0
@ relocheck: --defsym=e1=0x3000b --defsym=e2=0x30010
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      r1 R_ARM_MOVW_PREL_NC 'far' P=0x00020000 S=0x80020000 A=0 T=0 X=0x80000000
@ DUMP-NEXT: r2 R_ARM_MOVW_PREL_NC 'low' P=0x00020004 S=0x00000010 A=0 T=0 X=0xfffe000c
@ DUMP-NEXT: r3 R_ARM_MOVW_PREL_NC 'top' P=0x00020008 S=0xfffffff0 A=32 T=0 X=0xfffe0008
@ DUMP-NEXT: r4 R_ARM_MOVW_PREL_NC 'e1' P=0x0002000c S=0x0003000b A=0 T=0 X=0x0000ffff
@ DUMP-NEXT: r5 R_ARM_MOVW_PREL_NC 'e2' P=0x00020010 S=0x00030010 A=0 T=0 X=0x00010000

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x80020000 - 0x20000 = 0x80000000: imm16 0 -> 0xe3000000.
r1:     movw r0, #:lower16:(far - .)
@ expect r1 value: far - .
@ expect r1 bytes: 00 00 00 e3
@ X = 0x10 - 0x20004 = 0xfffe000c: imm16 0x000c -> 0xe300100c.
r2:     movw r1, #:lower16:(low - .)
@ expect r2 value: low - .
@ expect r2 bytes: 0c 10 00 e3
@ X = 0xfffffff0 + 0x20 - 0x20008 = 0xfffe0008 (S + A wraps to 0x10):
@ imm16 0x0008 -> 0xe3002008.
r3:     movw r2, #:lower16:(top + 0x20 - .)
@ expect r3 value: 0xfffe0008
@ expect r3 bytes: 08 20 00 e3
@ X = 0x3000b - 0x2000c = 0xffff -> 0xe30f3fff.
r4:     movw r3, #:lower16:(e1 - .)
@ expect r4 value: 0xffff
@ expect r4 bytes: ff 3f 0f e3
@ X = 0x30010 - 0x20010 = 0x10000 -> imm16 0, 0xe3004000.
r5:     movw r4, #:lower16:(e2 - .)
@ expect r5 value: 0x10000
@ expect r5 bytes: 00 40 00 e3
        bx lr
