@ TLS in a static link (AAELF32 5.6.1 "TLS relocations", Arm's variant 1
@ TLS layout): the block is the SHF_TLS sections, tp sits align_up(8,
@ p_align) bytes before it. A TLS word at offset 4 of a 16-aligned block:
@ LE32 gives 0x14 and LDO32 4 (reference 2, measured on lld and GNU ld).
@ IE32's GOT word holds the tp offset, GD32's pair (module 1, offset), and
@ LDM32's pair (1, 0). GOT entries are in first-use order (lld and GNU ld
@ each order them differently; the values agree).
@ relocheck: -T ../../Inputs/tls.lds
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump -T %S/../../Inputs/tls.lds %s | FileCheck %s --check-prefix=DUMP
@ DUMP: le R_ARM_TLS_LE32 'tv' P=0x00030000 S=0x00040004 A=0 T=0 tp=0x0003fff0 X=0x00000014 : 14 00 00 00
@ DUMP: ldo R_ARM_TLS_LDO32 'tv' P=0x00030004 S=0x00040004 A=0 T=0 TLS=0x00040000 X=0x00000004 : 04 00 00 00
@ DUMP: ie R_ARM_TLS_IE32 'tv' P=0x00030008 {{.*}} GOT(S)=0x00050000 {{.*}} X=0x0001fff8
@ DUMP: gd R_ARM_TLS_GD32 'tv' P=0x0003000c {{.*}} GOT(S)=0x00050004 {{.*}} X=0x0001fff8
@ DUMP: ldm R_ARM_TLS_LDM32 'tv' P=0x00030010 {{.*}} GOT(S)=0x0005000c X=0x0001fffc
@ RUN: relocheck link -T %S/../../Inputs/tls.lds %s -o %t.elf
@ RUN: llvm-objdump -s -j .got %t.elf | FileCheck %s --check-prefix=GOT
@ GOT: 50000 14000000 01000000 04000000 01000000
@ GOT: 50010 00000000
        .syntax unified
        .arm
        .text
        .globl _start
_start: bx lr
        .data
le:     .word tv(TPOFF)
ldo:    .word tv(TLSLDO)
ie:     .word tv(GOTTPOFF)
gd:     .word tv(TLSGD)
ldm:    .word tv(TLSLDM)
        .section .tdata, "awT", %progbits
        .balign 16
        .word 0
tv:     .word 5
