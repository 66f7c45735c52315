@ A malformed line is reported as file:line:col by the assembler front end,
@ with a non-zero exit and no crash.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: malformed-assembly.s:[[# @LINE+5]]:9: error: invalid instruction
@ CHECK: FAIL: {{.*}}malformed-assembly.s
@ CHECK: 0 passed, 1 failed
        .arm
        .text
        frobnicate r0, r1
        bx lr
