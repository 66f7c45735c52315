@ The 12-bit load-offset kinds no other linker applies (reference 2):
@ GOT_BREL12 = GOT(S) + A - GOT_ORG, GOTOFF12 = S + A - GOT_ORG,
@ TLS_LE12 = S + A - tp, TLS_LDO12 = S + A - TLS, TLS_IE12GP = GOT(S) + A -
@ GOT_ORG with S's tp offset in the GOT word; all |X| <= 0xFFF with the
@ sign in U. GOT_ABS = GOT(S) + A is a data word.
@ relocheck: -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ DUMP: a R_ARM_GOT_BREL12 'd2' {{.*}} GOT(S)=0x00020024 GOT_ORG=0x00020024 X=0x00000000 : 00 00 99 e5
@ DUMP: b R_ARM_GOTOFF12 'd1' {{.*}} GOT_ORG=0x00020024 X=0xfffffff0 : 10 00 19 e5 : ldr r0, [r9, #-16]
@ DUMP: c R_ARM_TLS_LE12 'tv' {{.*}} tp=0x00020014 X=0x0000000c : 0c 00 91 e5
@ DUMP: e R_ARM_TLS_LDO12 'tv' {{.*}} TLS=0x0002001c X=0x00000004 : 04 00 91 e5
@ DUMP: f R_ARM_TLS_IE12GP 'tv' {{.*}} GOT(S)=0x00020028 GOT_ORG=0x00020024 tp=0x00020014 X=0x00000004 : 04 00 99 e5
@ DUMP: d2 R_ARM_GOT_ABS 'd1' {{.*}} GOT(S)=0x0002002c X=0x0002002c : 2c 00 02 00
        .arm
        .text
        .globl _start
_start:
a:      .reloc a, R_ARM_GOT_BREL12, d2
        ldr r0, [r9, #0]
b:      .reloc b, R_ARM_GOTOFF12, d1
        ldr r0, [r9, #0]
c:      .reloc c, R_ARM_TLS_LE12, tv
        ldr r0, [r1, #0]
e:      .reloc e, R_ARM_TLS_LDO12, tv
        ldr r0, [r1, #0]
f:      .reloc f, R_ARM_TLS_IE12GP, tv
        ldr r0, [r9, #0]
        .data
d1:     .word 1
d2:     .reloc d2, R_ARM_GOT_ABS, d1
        .word 0
        .section .tdata, "awT", %progbits
        .word 0
tv:     .word 5
