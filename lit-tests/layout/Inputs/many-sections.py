"""Writes an assembly file with N one-word data sections .d0 ... .dN-1,
each with a global label dI, and a Thumb function in a section after them,
so that the last labels and the function sit in sections numbered past
0xff00 (SHN_LORESERVE): their symbols need SHN_XINDEX in the object, and
in the linked image too, where each input section is its own output
section. .text refers to them with ABS32, MOVW/MOVT and an ARM BL that
must become BLX."""
import sys

n = int(sys.argv[1])
out = ["        .syntax unified"]
for i in range(n):
    out.append(f'        .section .d{i}, "a", %progbits\n'
               f"        .globl d{i}\nd{i}:    .word {i}")
out.append("""        .section .far, "ax", %progbits
        .thumb
        .globl far
        .type far, %function
far:    bx lr

        .text
        .arm
        .globl _start
_start: bl far
        movw r0, #:lower16:d{last}
        movt r0, #:upper16:d{last}
        bx lr
        .word d{last}
        .word d0""".replace("{last}", str(n - 1)))
print("\n".join(out))
