@ --fix-v4bx rewrites each BX Rm that R_ARM_V4BX marks as MOV PC, Rm, with
@ its condition and register kept (GNU ld's option, for Armv4 cores that
@ lack BX); without it the place is only checked.
@ relocheck: --arch=armv4t -Ttext=0x20000 --fix-v4bx
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump --arch=armv4t -Ttext=0x20000 --fix-v4bx %s | FileCheck %s --check-prefix=FIX
@ FIX: v1 R_ARM_V4BX {{.*}} : 0e f0 a0 e1 : mov pc, lr
@ FIX: v2 R_ARM_V4BX {{.*}} : 03 f0 a0 11 : movne pc, r3
        .arm
        .text
        .globl _start
_start:
v1:     .reloc v1, R_ARM_V4BX, _start
        bx lr
v2:     .reloc v2, R_ARM_V4BX, _start
        bxne r3
