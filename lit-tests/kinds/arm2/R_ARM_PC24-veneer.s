@ R_ARM_PC24 acts like JUMP24 and never changes state by itself (fact sheet
@ 2, row notes; 4): B, BL and BL<c> to a Thumb function stay B/BL (never
@ BLX) and reach it through a veneer, which the ABI allows for PC24
@ (AAELF32 "Call and Jump relocations"; fact sheet 4, veneer rule); so does
@ a target one step beyond the range. The checker runs each veneer and
@ requires it to leave for the formula's destination in the right state.
@ An ARM target in range stays direct. Fields are planted with .inst
@ (A = -8). Addresses: fnA 0x22000, fnT 0x22006 (Thumb), far 0x2020014.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.fn=0x22000
@ relocheck: --section-start=.thumbfn=0x22006 --section-start=.far=0x2020014
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      v1 R_ARM_PC24 'fnT' P=0x00020000 {{.*}} veneer at {{0x[0-9a-f]+}} to 0x00022006 thumb : {{.. .. ..}} eb : bl #
@ DUMP-NEXT: v2 R_ARM_PC24 'fnT' P=0x00020004 {{.*}} veneer at {{0x[0-9a-f]+}} to 0x00022006 thumb : {{.. .. ..}} ea : b #
@ DUMP-NEXT: v3 R_ARM_PC24 'fnT' P=0x00020008 {{.*}} veneer at {{0x[0-9a-f]+}} to 0x00022006 thumb : {{.. .. ..}} 0b : bleq #
@ DUMP-NEXT: v4 R_ARM_PC24 'far' P=0x0002000c {{.*}} veneer at {{0x[0-9a-f]+}} to 0x02020014 arm : {{.. .. ..}} eb : bl #
@ DUMP-NEXT: ok1 R_ARM_PC24 'fnA' P=0x00020010 S=0x00022000 A=-8 T=0 X=0x00001fe8 : fa 07 00 eb : bl #8168 => 0x00022000 arm{{$}}
@ The veneers' literals carry the destination with its state bit.
@ DUMP:      veneer {{.*}} for 'fnT' A=-8 to 0x00022006 thumb : {{.*}} 07 20 02 00{{$}}
@ DUMP:      veneer {{.*}} for 'far' A=-8 to 0x02020014 arm : {{.*}} 14 00 02 02{{$}}

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
v1:     .inst 0xebfffffe
        .reloc v1, R_ARM_PC24, fnT
v2:     .inst 0xeafffffe
        .reloc v2, R_ARM_PC24, fnT
v3:     .inst 0x0bfffffe
        .reloc v3, R_ARM_PC24, fnT
@ X = 0x2020014 - 8 - 0x2000c = 0x2000000, one step beyond the max.
v4:     .inst 0xebfffffe
        .reloc v4, R_ARM_PC24, far
@ Control: X = 0x22000 - 8 - 0x20010 = 0x1fe8, imm24 0x7fa, direct.
ok1:    .inst 0xebfffffe
        .reloc ok1, R_ARM_PC24, fnA
@ expect ok1 branch: fnA arm
@ expect ok1 bytes: fa 07 00 eb
        bx lr

        .section .fn, "ax", %progbits
        .arm
        .globl fnA
        .type fnA, %function
fnA:    bx lr

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr

        .section .far, "ax", %progbits
        .arm
        .globl far
        .type far, %function
far:    bx lr
