@ Group loads and stores whose residual is 0 (fact sheet 3.12): the offset
@ field becomes 0 and U still follows the sign of X, U = (X >= 0). lld 22
@ and GNU ld 2.40 (measured here with these fields) write 0xe5901000 /
@ 0xe5101000 for LDR_PC_G1 with X = 0x12000 / -0x12000, and 0xe1d010b0 /
@ 0xe15010b0 for LDRS_PC_G1. A zero offset with U = 1 is printed by LLVM
@ without an immediate (`ldr r1, [r0]`), with U = 0 as `#-0`; both are
@ correct results. Fields hand-encoded (A = 0); targets are absolute.
@ relocheck: --arch=armv7-a -Ttext=0x20000
@ relocheck: --defsym=y0=0x32000 --defsym=y1=0xe004 --defsym=y2=0x32008
@ relocheck: --defsym=y3=0xe00c --defsym=y4=0x32010 --defsym=y5=0xe014
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      a0 R_ARM_LDR_PC_G1 'y0' P=0x00020000 S=0x00032000 A=0 T=0 X=0x00012000 : 00 10 90 e5
@ DUMP-NEXT: a1 R_ARM_LDR_PC_G1 'y1' P=0x00020004 S=0x0000e004 A=0 T=0 X=0xfffee000 : 00 10 10 e5
@ DUMP-NEXT: a2 R_ARM_LDRS_PC_G1 'y2' P=0x00020008 S=0x00032008 A=0 T=0 X=0x00012000 : b0 10 d0 e1
@ DUMP-NEXT: a3 R_ARM_LDRS_PC_G1 'y3' P=0x0002000c S=0x0000e00c A=0 T=0 X=0xfffee000 : b0 10 50 e1
@ DUMP-NEXT: a4 R_ARM_LDC_PC_G1 'y4' P=0x00020010 S=0x00032010 A=0 T=0 X=0x00012000 : 00 5e 90 ed
@ DUMP-NEXT: a5 R_ARM_LDC_PC_G1 'y5' P=0x00020014 S=0x0000e014 A=0 T=0 X=0xfffee000 : 00 5e 10 ed

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ ldr r1, [r0]: G0 = 0x12000 takes all of X, Y1 = 0, U = 1.
@ X = y0 + (0) - 0x20000 = 0x12000.
a0:     .inst 0xe5901000
        .reloc a0, R_ARM_LDR_PC_G1, y0
@ expect a0 bytes: 00 10 90 e5
@ ldr r1, [r0]: X < 0, Y1 = 0: U = 0 (ldr r1, [r0, #-0]).
@ X = y1 + (0) - 0x20004 = -0x12000.
a1:     .inst 0xe5901000
        .reloc a1, R_ARM_LDR_PC_G1, y1
@ expect a1 bytes: 00 10 10 e5
@ ldrh r1, [r0]: Y1 = 0, U = 1.
@ X = y2 + (0) - 0x20008 = 0x12000.
a2:     .inst 0xe1d010b0
        .reloc a2, R_ARM_LDRS_PC_G1, y2
@ expect a2 bytes: b0 10 d0 e1
@ ldrh r1, [r0]: X < 0, Y1 = 0: U = 0.
@ X = y3 + (0) - 0x2000c = -0x12000.
a3:     .inst 0xe1d010b0
        .reloc a3, R_ARM_LDRS_PC_G1, y3
@ expect a3 bytes: b0 10 50 e1
@ ldc p14, c5, [r0]: Y1 = 0, U = 1.
@ X = y4 + (0) - 0x20010 = 0x12000.
a4:     .inst 0xed905e00
        .reloc a4, R_ARM_LDC_PC_G1, y4
@ expect a4 bytes: 00 5e 90 ed
@ ldc p14, c5, [r0]: X < 0, Y1 = 0: U = 0.
@ X = y5 + (0) - 0x20014 = -0x12000.
a5:     .inst 0xed905e00
        .reloc a5, R_ARM_LDC_PC_G1, y5
@ expect a5 bytes: 00 5e 10 ed
        bx lr
