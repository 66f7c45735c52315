@ Three input sections all named .text (unique,N): JITLink must place each
@ at its own address (by ELF section index, not name).
@ relocheck: --arch=armv7-a -Ttext=0x20000
        .section .text,"ax",%progbits,unique,1
        .globl _start
        .type _start, %function
_start: bl f1
        bl f2
        bx lr
        .section .text,"ax",%progbits,unique,2
        .type f1, %function
f1:     nop
        bl f2
        bx lr
        .section .text,"ax",%progbits,unique,3
        .type f2, %function
f2:     movw r0, #:lower16:_start
        movt r0, #:upper16:_start
        bl f1
        bx lr
        .section .data,"aw",%progbits
        .word f1
        .word f2
