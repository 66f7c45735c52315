@ ARM and Thumb calling each other through every first-set kind, run under
@ qemu-arm: ARM BL -> Thumb becomes BLX (CALL), Thumb BL -> ARM becomes BLX
@ (THM_CALL), MOVW/MOVT load a Thumb function's address with bit 0 set,
@ and a data word holds (S + A) | T. Each step adds to r4; exit status 42
@ means every branch went where the formula says, in the right state.
@ REQUIRES: qemu-arm
@ relocheck: --arch=armv7-a -Ttext=0x10000 --section-start=.thumbcode=0x30002
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck link --arch=armv7-a -Ttext=0x10000 --section-start=.thumbcode=0x30002 %s -o %t.elf
@ RUN: qemu-arm %t.elf; test $? -eq 42

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: mov r4, #0
c1:     bl addten                   @ BLX to Thumb: r4 += 10
@ expect c1 branch: addten thumb
m1:     movw r1, #:lower16:addten
m2:     movt r1, #:upper16:addten
@ expect m1 pair m2: addten
        blx r1                      @ r4 += 10 (bit 0 set, so Thumb)
        ldr r1, =fptr
        ldr r1, [r1]
        blx r1                      @ r4 += 10 through the data word
c2:     bl thumbcalls               @ r4 += 12 via a Thumb -> ARM BLX
        mov r0, r4
        mov r7, #1
        svc #0

        .type addtwo, %function
        .globl addtwo
addtwo: add r4, r4, #2
        bx lr

        .section .thumbcode, "ax", %progbits
        .balign 2
        .thumb
        .globl addten
        .type addten, %function
addten: adds r4, #10
        bx lr
        .globl thumbcalls
        .type thumbcalls, %function
thumbcalls:
        push {lr}
        adds r4, #10
c3:     bl addtwo                   @ BLX to ARM from P % 4 == 2
@ expect c3 branch: addtwo arm
        pop {pc}

        .data
fptr:   .word addten
@ expect fptr value: addten
