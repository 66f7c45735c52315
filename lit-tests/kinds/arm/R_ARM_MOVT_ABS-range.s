@ R_ARM_MOVT_ABS is unchecked although it lacks the _NC suffix (fact sheet
@ 1): X = S + A mod 2^32 and MOVT takes X[31:16], which cannot overflow.
@ None of these sites may fail. X below 0 wraps (0xfffffff0 -> 0xffff),
@ X past 2^32 wraps (0x10 -> 0), a carry into bit 16 (0x10000 -> 1), and a
@ negative addend borrows from the upper half (0x40000 - 1 -> 0x0003).
@ relocheck: --arch=armv7-a -Ttext=0x20000 --defsym=low=0x10
@ relocheck: --defsym=edge=0xffff --defsym=high=0xfffffff0
@ relocheck: --defsym=b64k=0x40000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      lo1 R_ARM_MOVW_ABS_NC 'low'
@ DUMP-NEXT: hi1 R_ARM_MOVT_ABS 'low' P=0x00020004 S=0x00000010 A=-32 T=0 X=0xfffffff0
@ DUMP-NEXT: r2 R_ARM_MOVT_ABS 'high' P=0x00020008 S=0xfffffff0 A=32 T=0 X=0x00000010
@ DUMP-NEXT: r3 R_ARM_MOVT_ABS 'edge' P=0x0002000c S=0x0000ffff A=1 T=0 X=0x00010000
@ DUMP-NEXT: r4 R_ARM_MOVT_ABS 'b64k' P=0x00020010 S=0x00040000 A=-1 T=0 X=0x0003ffff

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x10 - 0x20 = 0xfffffff0: MOVW 0xfff0 -> 0xe30f0ff0, MOVT 0xffff
@ -> 0xe34f0fff.
lo1:    movw r0, #:lower16:(low - 0x20)
hi1:    movt r0, #:upper16:(low - 0x20)
@ expect lo1 pair hi1: 0xfffffff0
@ expect lo1 bytes: f0 0f 0f e3
@ expect hi1 bytes: ff 0f 4f e3
@ X = 0xfffffff0 + 0x20 = 0x10 (mod 2^32): MOVT 0 -> 0xe3401000.
r2:     movt r1, #:upper16:(high + 0x20)
@ expect r2 value: 0x10
@ expect r2 bytes: 00 10 40 e3
@ X = 0xffff + 1 = 0x10000: MOVT 1 -> 0xe3402001.
r3:     movt r2, #:upper16:(edge + 1)
@ expect r3 value: 0x10000
@ expect r3 bytes: 01 20 40 e3
@ X = 0x40000 - 1 = 0x3ffff: MOVT 3 (not 4: the borrow) -> 0xe3403003.
r4:     movt r3, #:upper16:(b64k - 1)
@ expect r4 value: 0x3ffff
@ expect r4 bytes: 03 30 40 e3
        bx lr
