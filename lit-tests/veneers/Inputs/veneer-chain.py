"""Prints a Thumb test whose N conditional branches (THM_JUMP19) each
reach their target only until the veneers placed for the others push it
away: .text is just under 1 MiB, and each veneer, placed at its end,
moves .far (the targets, in reverse order) further. Each link pass finds
one more branch out of reach (veneers/veneer-chain.test)."""
import sys

n = int(sys.argv[1])
assert 1 <= n <= 60, "the .far padding holds 1 to 60 branches"
print("@ relocheck: --arch=armv7-a")
print("\t.syntax unified\n\t.thumb\n\t.text\n\t.p2align 2")
print("\t.globl _start\n\t.type _start, %function\n_start:")
for i in range(1, n + 1):
    print(f"b{i}:\tbeq.w t{i}")
print("\tbx lr")
print("\t.space 1048320 - (. - _start)")
print('\t.section .far, "ax", %progbits\n\t.p2align 2\n\t.thumb')
print(f"\t.space {264 - 4 * n}")  # b1 is 2 bytes past the reach
for i in range(n, 0, -1):
    print(f"\t.type t{i}, %function\n\t.globl t{i}\nt{i}:\tbx lr\n\tnop")
