@ The Thumb-only cores (v6-M, v8-M Baseline) have no LDR.W and no ARM
@ state, so their veneer leaves by POP to the PC: push {r0, r1} ; ldr r0,
@ [pc, #4] ; str r0, [sp, #4] ; pop {r0, pc} ; .word D|1. r0 and r1 come
@ back unchanged, which the program checks: far adds both to r4. Far code
@ sits 48 MiB above .text, beyond BL's +-16 MiB. The checker runs each
@ veneer through LLVM's decoding (its stack too); qemu-arm runs the images.
@ qemu-arm's user mode aborts on these images with an M-profile -cpu (an
@ assertion in its page tables); its default CPU runs the same Thumb-1
@ instructions.
@ REQUIRES: qemu-arm
@ relocheck: --arch=armv6-m -Ttext=0x10000 --section-start=.far=0x3010000
@ RUN: %check %s | FileCheck %s
@ RUN: relocheck check --arch=armv8-m.base %s | FileCheck %s
@ RUN: relocheck check --pic-veneers %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck dump %s | FileCheck %s --check-prefix=DUMP
@ DUMP: c1 R_ARM_THM_CALL 'far' {{.*}} A=-4 {{.*}} via thumb-push-pop veneer at 0x00010014 to 0x03010000 thumb
@ DUMP: c2 R_ARM_THM_CALL 'far' {{.*}} A=-2 {{.*}} via thumb-push-pop veneer at 0x00010020 to 0x03010002 thumb
@ DUMP: veneer thumb-push-pop at 0x00010014 for 'far' A=-4 to 0x03010000 thumb : 03 b4 01 48 01 90 01 bd 01 00 01 03
@ The PIC form holds D|1 - (V + 8), the PC its `add r0, pc` reads:
@ 0x03010001 - 0x0001001c.
@ RUN: relocheck dump --pic-veneers %s | FileCheck %s --check-prefix=PIC
@ PIC: veneer thumb-push-pop-pic at 0x00010014 for 'far' A=-4 to 0x03010000 thumb : 03 b4 02 48 78 44 01 90 01 bd c0 46 e5 ff ff 02
@ RUN: not relocheck check --no-veneers %s 2>&1 | FileCheck %s --check-prefix=OFF
@ OFF: error: R_ARM_THM_CALL against 'far': value {{.*}} is not in [-16777216, 16777214] (veneers are off: --no-veneers)
@ RUN: relocheck link --arch=armv6-m -Ttext=0x10000 --section-start=.far=0x3010000 %s -o %t.elf
@ RUN: qemu-arm %t.elf; test $? -eq 44
@ RUN: relocheck link --pic-veneers --arch=armv8-m.base -Ttext=0x10000 --section-start=.far=0x3010000 %s -o %t.pic.elf
@ RUN: qemu-arm %t.pic.elf; test $? -eq 44
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: movs r4, #0
        movs r0, #40
        movs r1, #2
c1:     bl far                   @ r4 += r0 + r1
c2:     bl far + 2               @ skips the first add: r4 += r1
        mov r0, r4               @ 44 when both veneers keep r0, r1
        movs r7, #1
        svc #0

        .section .far, "ax", %progbits
        .globl far
        .type far, %function
far:    adds r4, r0, r4
        adds r4, r4, r1
        bx lr
