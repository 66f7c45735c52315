@ A start address that the section's contents cannot sit at is an error:
@ moving the code up to its alignment (as lld and GNU ld do, silently)
@ would put every site of the test a few bytes off the address it names.
@ RUN: rm -f %t.elf
@ RUN: not relocheck link --section-start=.tmax=0x5000003 %s -o %t.elf 2>&1 | FileCheck %s
@ RUN: not test -e %t.elf
@ CHECK: error: the start address 0x5000003 given for .tmax is not a multiple of 4, the alignment it needs (its input sections', the TLS block's, or the script's ALIGN) (its first would be placed at 0x5000004)
@ The same with a linker script (the address once moved up silently).
@ RUN: printf 'SECTIONS { .text : { *(.text) } .tmax : { *(.tmax) } }' > %t.lds
@ RUN: not relocheck link -T %t.lds --section-start=.tmax=0x5000003 %s -o %t.elf 2>&1 | FileCheck %s
@ RUN: not test -e %t.elf
@ The script's ALIGN(n) counts too (lld warns, GNU ld moves the section).
@ RUN: printf 'SECTIONS { .text : { *(.text) } .data : ALIGN(0x100) { *(.data) } }' > %t.align.lds
@ RUN: not relocheck link -T %t.align.lds -Tdata=0x30008 %s -o %t.elf 2>&1 | FileCheck %s --check-prefix=ALIGN
@ ALIGN: error: the start address 0x30008 given for .data is not a multiple of 256
@ An address the script itself gives is held to the same rule (lld warns
@ and keeps it; the section header then contradicts its own alignment).
@ RUN: printf 'SECTIONS { .text : { *(.text) } .tmax 0x5000003 : { *(.tmax) } }' > %t.addr.lds
@ RUN: not relocheck link -T %t.addr.lds %s -o %t.elf 2>&1 | FileCheck %s --check-prefix=ADDR
@ ADDR: addr.lds:1: error: the address 0x5000003 of .tmax is not a multiple of 4, the alignment it needs (its input sections', the TLS block's, or ALIGN) (its first would be placed at 0x5000004)
@ -Tdata and -Tbss are --section-start for .data and .bss.
@ RUN: not relocheck link -Tdata=0x7001 %s -o %t.elf 2>&1 | FileCheck %s --check-prefix=TDATA
@ TDATA: error: the start address 0x7001 given for .data is not a multiple of 4
@ Given by a test's own '@ relocheck:' line, the error names that line; given
@ on the command line, the test only.
@ RUN: printf '\t.text\n\100 relocheck: -Tdata=0x7000\n\100 relocheck: --section-start=.tmax=0x5000002\n' > %t.line.s
@ RUN: grep -v "^@" %s >> %t.line.s
@ RUN: not relocheck check %t.line.s 2>&1 | FileCheck %s --check-prefix=LINE
@ LINE: line.s:3: error: the start address 0x5000002 given for .tmax is not a multiple of 4
@ RUN: printf '\t.text\n' > %t.cmd.s
@ RUN: grep -v "^@" %s >> %t.cmd.s
@ RUN: not relocheck check --section-start=.tmax=0x5000002 %t.cmd.s 2>&1 | FileCheck %s --check-prefix=CMD
@ CMD: cmd.s: error: the start address 0x5000002 given for .tmax
@ The aligned address links.
@ RUN: relocheck link --section-start=.tmax=0x5000004 %s -o %t.elf
@ RUN: relocheck link -T %t.lds --section-start=.tmax=0x5000004 %s -o %t.elf
@ RUN: relocheck dump -Tdata 0x7000 -Tbss=0x7100 %s | FileCheck %s --check-prefix=TBSS
@ TBSS: w R_ARM_ABS32 '.bss' P=0x00007000 S=0x00007100
        .arm
        .text
        .globl _start
_start: bx lr

        .section .tmax, "ax", %progbits
        .balign 4
tmax:   bx lr

        .data
        .balign 4
w:      .word bssword
        .bss
bssword: .space 4
