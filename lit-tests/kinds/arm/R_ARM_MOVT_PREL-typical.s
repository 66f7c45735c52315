@ R_ARM_MOVT_PREL on ARM MOVT (A1): X = S + A - P (no T), the field takes
@ X[31:16] (fact sheet 3.7). Each MOVT follows the MOVW (R_ARM_MOVW_PREL_NC)
@ of a PC-relative address sequence `movw; movt; add rN, rN, pc` that
@ builds sym - (L + 8); llvm-mc stores A = P - (L + 8) at each site (-16
@ for the MOVW, -12 for the MOVT), so both see the same X.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.dat=0x51234
@ relocheck: --section-start=.back=0x10000 --section-start=.thumbfn=0x22006
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      lo1 R_ARM_MOVW_PREL_NC 'tgt' P=0x00020000 S=0x00051234 A=-16 T=0 X=0x00031224
@ DUMP-NEXT: hi1 R_ARM_MOVT_PREL 'tgt' P=0x00020004 S=0x00051234 A=-12 T=0 X=0x00031224
@ DUMP-NEXT: lo2 R_ARM_MOVW_PREL_NC 'tgtB' P=0x0002000c S=0x00010000 A=-16 T=0 X=0xfffeffe4
@ DUMP-NEXT: hi2 R_ARM_MOVT_PREL 'tgtB' P=0x00020010 S=0x00010000 A=-12 T=0 X=0xfffeffe4
@ DUMP-NEXT: lo3 R_ARM_MOVW_PREL_NC 'fnT' P=0x00020018 S=0x00022006 A=-16 T=1 X=0x00001fdf
@ DUMP-NEXT: hi3 R_ARM_MOVT_PREL 'fnT' P=0x0002001c S=0x00022006 A=-12 T=1 X=0x00001fde

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x51234 - (0x20008 + 8) = 0x31224: MOVW 0x1224 -> 0xe3010224,
@ MOVT 0x0003 -> 0xe3400003 (reference-style MOVT bytes).
lo1:    movw r0, #:lower16:(tgt - (L1 + 8))
hi1:    movt r0, #:upper16:(tgt - (L1 + 8))
L1:     add r0, r0, pc
@ expect lo1 pair hi1: tgt - L1 - 8
@ expect hi1 value: tgt - L1 - 8
@ expect lo1 bytes: 24 02 01 e3
@ expect hi1 bytes: 03 00 40 e3
@ Backward: X = 0x10000 - (0x20014 + 8) = -0x1001c = 0xfffeffe4:
@ MOVW 0xffe4 -> 0xe30f1fe4, MOVT 0xfffe -> 0xe34f1ffe.
lo2:    movw r1, #:lower16:(tgtB - (L2 + 8))
hi2:    movt r1, #:upper16:(tgtB - (L2 + 8))
L2:     add r1, r1, pc
@ expect lo2 pair hi2: tgtB - L2 - 8
@ expect lo2 bytes: e4 1f 0f e3
@ expect hi2 bytes: fe 1f 4f e3
@ Thumb function: MOVW has T (0x22007 - 0x20028 = 0x1fdf), MOVT has not;
@ MOVW 0xe3012fdf, MOVT 0 -> 0xe3402000.
lo3:    movw r2, #:lower16:(fnT - (L3 + 8))
hi3:    movt r2, #:upper16:(fnT - (L3 + 8))
L3:     add r2, r2, pc
@ expect lo3 pair hi3: fnT - L3 - 8
@ expect lo3 bytes: df 2f 01 e3
@ expect hi3 bytes: 00 20 40 e3
        bx lr

        .section .dat, "a", %progbits
tgt:    .word 0

        .section .back, "a", %progbits
tgtB:   .word 0

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
