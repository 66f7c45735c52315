@ Calls at the exact ends of their reach, run under qemu-arm. Each call
@ site is pinned (.edge at 0x100000), so each target can sit on the last
@ address the branch reaches, or one step (a word in ARM, a halfword in
@ Thumb) past it, where only a veneer gets there:
@   ARM BL e1 at 0x100008:   reach P + 8 + 0x1fffffc = 0x210000c
@   ARM BL e2 at 0x100018:   one word past, P + 8 + 0x2000000 = 0x2100020
@   Thumb BL t1 at 0x10003c: reach P + 4 + 0xfffffe = 0x110003e
@   Thumb BL t2 at 0x10104e: one halfword past, P + 4 + 0x1000000
@                            = 0x1101052
@ (the `@ expect` lines below hold the checker to those places).
@ A linker that is one step off writes a branch that wraps to the other
@ end of the range, and the run faults. The targets leave room for what
@ an oracle adds after them: mold 1.10 made the 4-byte .thmmax 16 bytes
@ long and did not report its overlap with a section pinned 14 bytes on.
@ REQUIRES: qemu-arm, ld.lld, gnu-ld, mold
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.edge=0x100000
@ relocheck: --section-start=.armmax=0x210000c
@ relocheck: --section-start=.armpast=0x2100020
@ relocheck: --section-start=.thmmax=0x110003e
@ relocheck: --section-start=.thmpast=0x1101052 Inputs/runtime.s
@ RUN: %check %s | FileCheck %s --check-prefix=CHECKER
@ CHECKER: PASS
@ RUN: relocheck run %s | FileCheck %s
@ CHECK: core: exit 0: all 4 checks passed
@ CHECK-NEXT: lld: exit 0: all 4 checks passed
@ CHECK-NEXT: gnu-ld: exit 0: all 4 checks passed
@ CHECK-NEXT: mold: exit 0: all 4 checks passed
@ check 1: ARM BL (R_ARM_CALL) to the farthest word it reaches
@ check 2: ARM BL (R_ARM_CALL) to one word past its reach
@ check 3: Thumb BL (R_ARM_THM_CALL) to the farthest halfword it reaches
@ check 4: Thumb BL (R_ARM_THM_CALL) to one halfword past its reach
        .syntax unified
        .arm
        .text
        .globl checks
        .type checks, %function
checks: push    {r4, lr}
        bl      edge_arm
        bl      edge_thumb
        pop     {r4, pc}

        .section .edge, "ax", %progbits
        .arm
        .type edge_arm, %function
edge_arm:
        push    {r4, lr}
        mov     r11, #1
e1:     bl      arm_max
@ expect e1 branch: . + 8 + 0x1fffffc arm
        cmp     r0, #0xa3
        bne     fail
        mov     r11, #2
e2:     bl      arm_past
@ expect e2 branch: . + 8 + 0x2000000 arm
        cmp     r0, #0xa4
        bne     fail
        pop     {r4, pc}
fail:   mov     r0, r11
        mov     r7, #1
        svc     #0

        .thumb
        .type edge_thumb, %function
edge_thumb:
        push    {r4, lr}
        mov     r11, #3
        nop
t1:     bl      thm_max
@ expect t1 branch: . + 4 + 0xfffffe thumb
        cmp     r0, #0xb3
        bne     tfail
        b.w     1f
        .space  0x1000                  @ thm_past on a page of its own
1:      mov     r11, #4
t2:     bl      thm_past
@ expect t2 branch: . + 4 + 0x1000000 thumb
        cmp     r0, #0xb4
        bne     tfail
        pop     {r4, pc}
tfail:  mov     r0, r11
        movs    r7, #1
        svc     #0

        .section .armmax, "ax", %progbits
        .arm
        .type arm_max, %function
arm_max:
        mov     r0, #0xa3
        bx      lr

        .section .armpast, "ax", %progbits
        .arm
        .type arm_past, %function
arm_past:
        mov     r0, #0xa4
        bx      lr

        .section .thmmax, "ax", %progbits
        .thumb
        .type thm_max, %function
thm_max:
        movs    r0, #0xb3
        bx      lr

        .section .thmpast, "ax", %progbits
        .thumb
        .type thm_past, %function
thm_past:
        movs    r0, #0xb4
        bx      lr
