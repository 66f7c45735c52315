@ An unwind entry for code in a section that is not allocated ("x"
@ without "a") describes nothing in memory: it is dropped, as lld drops
@ it (its word pointed at offset 0, in the middle of an unsorted table).
@ RUN: relocheck link -Ttext=0x20000 %s -o %t.elf
@ RUN: llvm-readelf -u %t.elf | FileCheck %s
@ CHECK: FunctionAddress: 0x20000
@ CHECK-NEXT: FunctionName: _start
@ CHECK-NEXT: Model: Compact (Inline)
@ CHECK: FunctionAddress: 0x20008
@ CHECK-NEXT: Model: CantUnwind
@ CHECK-NOT: FunctionAddress
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: .fnstart
        bx lr
        .fnend
        .globl __aeabi_unwind_cpp_pr0
__aeabi_unwind_cpp_pr0:
        bx lr
        .section .notloaded, "x", %progbits
        .type wf, %function
wf:     .fnstart
        .save {r4, lr}
        push {r4, lr}
        pop {r4, pc}
        .fnend
