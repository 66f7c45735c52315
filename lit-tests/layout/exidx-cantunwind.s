@ Code with no unwind entry of its own (`nounwind`, in its own section)
@ gets an EXIDX_CANTUNWIND entry, as lld gives it: without one, an
@ unwinder's search would find _start's entry for it. The table then
@ ends with the entry for the address past the last code. ld.lld 22
@ writes the same table.
@ RUN: relocheck link -Ttext=0x20000 %s -o %t.elf
@ RUN: llvm-readelf -u %t.elf | FileCheck %s
@ CHECK: FunctionAddress: 0x20000
@ CHECK-NEXT: FunctionName: _start
@ CHECK-NEXT: Model: Compact (Inline)
@ CHECK: FunctionAddress: 0x2000C
@ CHECK-NEXT: FunctionName: nounwind
@ CHECK-NEXT: Model: CantUnwind
@ CHECK: FunctionName: g
@ CHECK-NEXT: Model: Compact (Inline)
@ CHECK: FunctionName: dead
@ CHECK-NEXT: Model: Compact (Inline)
@ CHECK: Model: CantUnwind
@ CHECK-NOT: FunctionAddress
@ What the output holds decides, after a script's /DISCARD/: a function
@ whose own entry is discarded gets EXIDX_CANTUNWIND (it got _start's),
@ and the entry of discarded code is dropped (its PREL31 was an error).
@ RUN: printf 'SECTIONS { .text 0x20000 : { *(.text) *(.text.nounwind) } .ARM.exidx : { *(.ARM.exidx) } /DISCARD/ : { *(.ARM.exidx.text.g) *(.text.dead) } }' > %t.d.lds
@ RUN: relocheck link -T %t.d.lds %s -o %t.d.elf
@ RUN: llvm-readelf -u %t.d.elf | FileCheck %s --check-prefix=DISC
@ DISC: FunctionAddress: 0x20000
@ DISC-NEXT: FunctionName: _start
@ DISC-NEXT: Model: Compact (Inline)
@ DISC: FunctionAddress: 0x20010
@ DISC-NEXT: FunctionName: g
@ DISC-NEXT: Model: CantUnwind
@ DISC-NOT: dead
@ An entry whose code lies past a PREL31 offset's reach (+-1 GiB) is an
@ error, not a word that points elsewhere.
@ RUN: printf 'SECTIONS { .text 0x20000 : { *(.text) } .ARM.exidx : { *(.ARM.exidx*) } .far 0x50000000 : { *(.text.nounwind) } }' > %t.lds
@ RUN: not relocheck link -T %t.lds %s -o %t2.elf 2>&1 | FileCheck %s --check-prefix=FAR
@ FAR: error: the exception index table's EXIDX_CANTUNWIND entry at 0x{{[0-9a-f]+}} for the code at 0x50000000 cannot reach it: the PREL31 offset {{[0-9]+}} is not in [-1073741824, 1073741823]; place .ARM.exidx nearer the code
@ RUN: not ls %t2.elf
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: .fnstart
        bl nounwind
        bx lr
        .fnend
        .globl __aeabi_unwind_cpp_pr0
__aeabi_unwind_cpp_pr0:
        bx lr
        .section .text.nounwind, "ax", %progbits
        .type nounwind, %function
nounwind:
        bx lr
        .section .text.g, "ax", %progbits
        .type g, %function
g:      .fnstart
        bx lr
        .fnend
        .section .text.dead, "ax", %progbits
        .type dead, %function
dead:   .fnstart
        bx lr
        .fnend
