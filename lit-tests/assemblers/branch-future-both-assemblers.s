@ `bf`, `bfl` and `bfcsel` to a label in another section, through both
@ front ends: llvm-mc 22 (+lob from --arch=armv8.1-m.main) and GNU as 2.40
@ (-march=armv8.1-m.main) write the same instructions (boff, field -4) and
@ the same R_ARM_THM_BF16/BF18/BF12, so the linked bytes agree. GNU as
@ refuses a branch point right after the instruction (boff 0 encodes
@ LE/WLS/DLS), hence the NOP before each.
@ REQUIRES: gnu-ld
@ relocheck: --arch=armv8.1-m.main -Ttext=0x20000 --section-start=.far=0x20800
@ RUN: relocheck dump %s > %t.llvm
@ RUN: relocheck dump --assembler=gnu %s > %t.gnu
@ RUN: diff %t.llvm %t.gnu
@ RUN: FileCheck %s < %t.gnu
@ CHECK: f1 R_ARM_THM_BF16 'far' {{.*}} A=-3 T=1 {{.*}} : c0 f0 ff e3 : bf #2, #2044 => 0x00020800 thumb
@ CHECK: f2 R_ARM_THM_BF18 'far' {{.*}} A=-3 T=1 {{.*}} : 80 f0 f9 cb : bfl #2, #2034 => 0x00020800 thumb
@ CHECK: f3 R_ARM_THM_BF12 'far' {{.*}} A=-3 T=1 {{.*}} : 82 f0 f5 e3 : bfcsel #2, #2024, #6, eq => 0x00020800 thumb
@ RUN: relocheck check --assembler=gnu %s | FileCheck %s --check-prefix=PASS
@ PASS: 1 passed, 0 failed
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
f1:     bf      .Lb1, far
@ expect f1 branch: far thumb
        nop
.Lb1:   b.w     far
f2:     bfl     .Lb2, far
@ expect f2 branch: far thumb
        nop
.Lb2:   bl      far
f3:     bfcsel  .Lb3, far, .Le3, eq
@ expect f3 branch: far thumb
        nop
.Lb3:   beq.w   far
.Le3:   bx      lr

        .section .far, "ax", %progbits
        .thumb
        .globl far
        .type far, %function
far:    bx lr
