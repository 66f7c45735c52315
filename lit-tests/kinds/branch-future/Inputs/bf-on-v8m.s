        .syntax unified
        .thumb
        .text
f:      bf      .Lb, g
        nop
.Lb:    b.w     g
