@ The static TLS block is one template (gABI "Thread-Local Storage"):
@ .tdata, then .tbss right after it at its alignment, the block at the
@ largest alignment of the two; tp = block - align_up(8, p_align).
@ relocheck once placed .bss between .tdata and .tbss (every .tbss offset
@ grew by .bss's size) and started the block at .tdata's own alignment.
@ ld.lld 22 and GNU ld 2.40, each in its own layout, write the values
@ below (2026-12-05, a spec auditor's pass).
@ relocheck: -Ttext=0x20000
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck --check-prefix=DUMP %s
@ .tdata (4 bytes, align 4) at 0x20010: the block needs 16 (.tbss), so it
@ starts at 0x20010 and tp = 0x20010 - 16 = 0x20000; tb at block + 16.
@ DUMP: w1 R_ARM_TLS_LE32 'tv' {{.*}} tp=0x00020000 X=0x00000010 : 10 00 00 00
@ DUMP: w2 R_ARM_TLS_LE32 'tb' {{.*}} tp=0x00020000 X=0x00000020 : 20 00 00 00
@ DUMP: w3 R_ARM_TLS_LDO32 'tb' {{.*}} X=0x00000010 : 10 00 00 00
@ The same with a script that places only .tdata: the orphan .tbss
@ follows it, not the .got after it.
@ RUN: printf 'SECTIONS { .text 0x20000 : { *(.text) } .data 0x30000 : { *(.data) } .tdata 0x40000 : { *(.tdata) } .got 0x50000 : { *(.got) } }\n' > %t.lds
@ RUN: relocheck dump -T %t.lds %s | FileCheck --check-prefix=SCRIPT %s
@ SCRIPT: w2 R_ARM_TLS_LE32 'tb' {{.*}} X=0x00000020 : 20 00 00 00
@ A layout that splits the block, or misaligns it, is an error.
@ RUN: not relocheck dump --section-start=.tbss=0x80000 %s 2>&1 | FileCheck --check-prefix=SPLIT %s
@ SPLIT: tls-block-layout.s: error: TLS section .tbss at 0x80000 does not follow .tdata (which ends at 0x20014): the TLS sections are one block (PT_TLS), so tp offsets past a gap would be wrong; place them together
@ RUN: printf 'SECTIONS { .text 0x20000 : { *(.text) } .tdata 0x40004 : { *(.tdata) } .tbss : { *(.tbss) } .data : { *(.data) } }\n' > %t.mis.lds
@ RUN: not relocheck dump -T %t.mis.lds %s 2>&1 | FileCheck --check-prefix=MISALIGNED %s
@ MISALIGNED: mis.lds:1: error: the address 0x40004 of .tdata is not a multiple of 16, the alignment it needs (its input sections', the TLS block's, or ALIGN)

        .syntax unified
        .arm
        .text
        .globl _start
_start: bx lr
        .data
w1:     .word tv(TPOFF)
@ expect w1 value: 0x10
w2:     .word tb(TPOFF)
@ expect w2 value: 0x20
w3:     .word tb(TLSLDO)
@ expect w3 value: 0x10
        .section .tdata, "awT", %progbits
        .balign 4
tv:     .word 1
        .section .tbss, "awT", %nobits
        .balign 16
tb:     .space 4
        .bss
        .space 0x1000
