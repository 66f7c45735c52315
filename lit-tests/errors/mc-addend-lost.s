@ LLVM MC 22 writes a REL addend into the place's field whether it fits or
@ not, without a word: `.short sym + 0x10000` kept 0, `.byte sym + 0x80`
@ read back as -128, `adr.w r0, sym - 0xffc` kept 0 (SUBW's 12 bits
@ cannot hold the 0x1000 the PC bias makes of it), and each linked and
@ passed. relocheck compares every relocation's field with the addend MC
@ meant (less the 4 or 8 of PC bias it folds into an instruction) and
@ refuses the line. GNU as refuses the data lines ("value of 00010004 too
@ large for field of 2 bytes").
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: mc-addend-lost.s:[[# @LINE+27]]:23: error: the addend -4092 of this R_ARM_THM_ALU_PREL_11_0 (.text+0x0) does not survive in the object: a REL object keeps it in the place's field, which reads back as 0 (LLVM MC writes what does not fit without a word); point a symbol nearer the address and use a smaller addend
@ CHECK-NEXT: mc-addend-lost.s:[[# @LINE+27]]:23: error: the addend 4100 of this R_ARM_THM_ALU_PREL_11_0 (.text+0x4) does not survive{{.*}} reads back as 0
@ CHECK-NEXT: mc-addend-lost.s:[[# @LINE+27]]:16: error: the addend 1 of this R_ARM_THM_CALL (.text+0x8) does not survive{{.*}} reads back as -4 (LLVM MC writes what does not fit without a word); the field keeps no low bits of it: use an addend the instruction's step divides
@ CHECK-NEXT: mc-addend-lost.s:[[# @LINE+29]]:20: error: the addend 65536 of this R_ARM_ABS16 (.data+0x0) does not survive{{.*}} reads back as 0
@ CHECK-NEXT: mc-addend-lost.s:[[# @LINE+29]]:19: error: the addend 128 of this R_ARM_ABS8 (.data+0x2) does not survive{{.*}} reads back as -128
@ CHECK-NOT: : error:
@ Two sections of one name (`unique`): each relocation is read back in
@ its own, not vouched for by the other's (the first kept 0, the second's
@ -0xffc passed for it); an ARM `blx` loses its H bit.
@ RUN: printf '.syntax unified\n.section .t,"ax",%%%%progbits,unique,1\n.thumb\nadr.w r0, g - 0xffc\n.section .t,"ax",%%%%progbits,unique,2\n.thumb\nadr.w r0, g - 0xff8\n.arm\nblx g + 2\n' > %t.unique.s
@ RUN: rm -f %t.unique.elf
@ RUN: not relocheck link %t.unique.s --defsym=g=0x30000 -o %t.unique.elf 2>&1 | FileCheck %s --check-prefix=UNIQUE
@ RUN: not test -e %t.unique.elf
@ UNIQUE: unique.s:4:13: error: the addend -4092 of this R_ARM_THM_ALU_PREL_11_0 (.t+0x0) does not survive
@ UNIQUE-NEXT: unique.s:9:7: error: the addend 2 of this R_ARM_CALL (.t+0x4) does not survive{{.*}} reads back as -8 {{.*}}; the field keeps no low bits of it
@ UNIQUE-NOT: error:
@ Each field's own end still links: `.short lo - 0x8000`, `.byte lo -
@ 0x80`, and `adr.w r0, _start - 0xffb` (A = -0xFFF).
@ RUN: printf '.data\n.short lo - 0x8000\n.byte lo - 0x80\n.text\n.thumb\n.globl _start\n.type _start, %%%%function\n_start: adr.w r0, _start - 0xffb\nbx lr\n' > %t.ends.s
@ RUN: relocheck check %t.ends.s -Ttext=0x10000 -Tdata=0x20000 --defsym=lo=0x10 | FileCheck %s --check-prefix=ENDS
@ ENDS: PASS
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
        adr.w r0, far - 0xffc
        adr.w r1, far + 0x1004
        bl far + 1
        bx lr
        .data
        .short dat + 0x10000
        .byte dat + 0x80
        .p2align 2
        .globl dat
dat:    .word 0
        .section .far, "ax", %progbits
        .globl far
        .type far, %function
far:    bx lr
