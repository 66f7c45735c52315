@ docs/writing-tests.md's example with `first:` between `_start:` and
@ `call1:`: three labels at one relocated field, each naming the site.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x2020000
        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
first:
call1:  bl far
@ expect call1 branch: far arm
@ expect first branch: far arm
@ expect _start bytes: fe ff 7f eb

        .section .far, "ax", %progbits
        .type far, %function
far:    bx lr
