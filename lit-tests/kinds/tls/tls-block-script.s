@ The TLS block under scripts that do not place every TLS section (a
@ tester's C programs, as assembly here): relocheck put an orphan .tdata
@ after the script's .tbss, an orphan .data inside the block, an orphan
@ .tbss after .bss, and started a script's block at .tdata's own
@ alignment, then refused its own layout or wrote wrong offsets. GNU ld
@ 2.40 links each script here with these values: c1 0x10, d16 0x20, tz
@ 0x30, z16 0x40 (tp = block - 16).
@ RUN: printf 'SECTIONS { . = 0x8000; .text : { *(.text*) } . = 0x20000; .data : { *(.data*) } .tbss : { *(.tbss*) } .bss : { *(.bss*) } }\n' > %t.tbss-only.lds
@ RUN: relocheck dump -T %t.tbss-only.lds %s | FileCheck %s
@ RUN: printf 'SECTIONS { . = 0x8000; .text : { *(.text*) } . = 0x20000; .tdata : { *(.tdata*) } .tbss : { *(.tbss*) } .bss : { *(.bss*) } }\n' > %t.no-data.lds
@ RUN: relocheck dump -T %t.no-data.lds %s | FileCheck %s
@ RUN: printf 'SECTIONS { . = 0x8000; .text : { *(.text*) } . = 0x20000; .data : { *(.data*) } .bss : { *(.bss*) } }\n' > %t.no-tls.lds
@ RUN: relocheck dump -T %t.no-tls.lds %s | FileCheck %s
@ CHECK-DAG: R_ARM_TLS_LE32 'c1' {{.*}} X=0x00000010
@ CHECK-DAG: R_ARM_TLS_LE32 'd16' {{.*}} X=0x00000020
@ CHECK-DAG: R_ARM_TLS_LE32 'tz' {{.*}} X=0x00000030
@ CHECK-DAG: R_ARM_TLS_LE32 'z16' {{.*}} X=0x00000040
@ A 64-aligned .tbss raises the script's .tdata to 64 (GNU ld's PT_TLS
@ align 0x40): c1 then lies 64 past tp.
@ RUN: sed 's/^        .balign 16 @ z16/        .balign 64 @ z16/' %s > %t.64.s
@ RUN: relocheck dump -T %t.no-data.lds %t.64.s | FileCheck %s --check-prefix=ALIGN64
@ ALIGN64: R_ARM_TLS_LE32 'c1' {{.*}} tp=0x{{[0-9a-f]+}} X=0x00000040
@ A script that puts .tbss before .tdata is refused: PT_TLS holds the
@ initialised part first (lld and GNU ld both make broken layouts of it).
@ RUN: printf 'SECTIONS { . = 0x8000; .text : { *(.text*) } . = 0x20000; .tbss : { *(.tbss*) } .tdata : { *(.tdata*) } .data : { *(.data*) } .bss : { *(.bss*) } }\n' > %t.order.lds
@ RUN: not relocheck dump -T %t.order.lds %s 2>&1 | FileCheck %s --check-prefix=ORDER
@ ORDER: order.lds: error: TLS data .tdata at 0x{{[0-9a-f]+}} comes after TLS zero-fill .tbss: the block (PT_TLS) holds its initialised part first; place .tdata before .tbss
        .syntax unified
        .arm
        .text
        .globl _start
_start: bx lr
        .word c1(TPOFF)
        .word d16(TPOFF)
        .word tz(TPOFF)
        .word z16(TPOFF)
        .data
gd:     .word 5
        .bss
gb:     .space 4
        .section .tdata, "awT", %progbits
c1:     .byte 1
        .balign 16
d16:    .word 1, 0, 0, 0
        .section .tbss, "awT", %nobits
        .balign 4
tz:     .space 4
        .balign 16 @ z16
z16:    .space 16
