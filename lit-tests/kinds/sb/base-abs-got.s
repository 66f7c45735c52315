@ R_ARM_BASE_ABS, B(S) + A: against the NULL symbol B(S) is GOT_ORG, "the
@ absolute address of the GOT origin" (AAELF32, "Proxy generating
@ relocations"); so it is against _GLOBAL_OFFSET_TABLE_, the symbol that
@ names GOT_ORG (gold does both; lld and GNU ld do not apply BASE_ABS).
@ Such a site alone makes relocheck place a GOT: one zero word after
@ .data, 0x80000..0x80010, so GOT_ORG = 0x80010. Against any other symbol
@ B(S) is the start of S's segment, as for SBREL32 (static-base.s).
@ relocheck: -Ttext=0x20000 --section-start=.data=0x80000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ DUMP: n0 R_ARM_BASE_ABS P=0x00080000 S=0x00000000 A=0 T=0 B=0x00080010 X=0x00080010 : 10 00 08 00
@ DUMP: n4 R_ARM_BASE_ABS P=0x00080004 S=0x00000000 A=-4 T=0 B=0x00080010 X=0x0008000c : 0c 00 08 00
@ DUMP: g0 R_ARM_BASE_ABS '_GLOBAL_OFFSET_TABLE_' P=0x00080008 S=0x00080010 A=8 T=0 B=0x00080010 X=0x00080018 : 18 00 08 00
@ DUMP: d0 R_ARM_BASE_ABS 'datum' P=0x0008000c S=0x0008000c A=0 T=0 B=0x00080000 X=0x00080000 : 00 00 08 00
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .data
n0:     .reloc n0, R_ARM_BASE_ABS
        .word 0
@ expect n0 value: _GLOBAL_OFFSET_TABLE_
n4:     .reloc n4, R_ARM_BASE_ABS
        .word -4
@ expect n4 value: _GLOBAL_OFFSET_TABLE_ - 4
g0:     .reloc g0, R_ARM_BASE_ABS, _GLOBAL_OFFSET_TABLE_
        .word 8
@ expect g0 value: _GLOBAL_OFFSET_TABLE_ + 8
d0:     .reloc d0, R_ARM_BASE_ABS, datum
datum:  .word 0
@ expect d0 value: 0x80000
