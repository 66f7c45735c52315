// A shared library: dynamic relocations are beyond a static link.
// REQUIRES: arm
// RUN: llvm-mc -filetype=obj -triple=armv7a-linux-gnueabi %s -o %t.o
// RUN: ld.lld -shared %t.o -o %t.so
// RUN: llvm-readelf -r %t.so | FileCheck %s
// CHECK: R_ARM_ABS32

        .data
        .word ext
