/* iw-arm.c - relocheck corpus program "interwork", ARM half.
 *
 * Expected exit status: 99
 *
 * Always compiled -marm (except in the M-profile check-only config, where
 * both halves are Thumb).  The other half, iw-thumb.c, is always compiled
 * -mthumb.  The halves call each other both ways (the linker must turn BL into
 * BLX, or route tail-call B instructions through a thunk) and take each
 * other's addresses: an R_ARM_ABS32 or MOVW/MOVT to a Thumb function must have
 * bit 0 set, and calling through that pointer must land in Thumb state.
 *
 * main() first checks bit 0 of every function address it can see (returns
 * 120 if any is wrong), then compares compute() with EXPECTED_SUM.
 */

#define EXIT_OK 99u
#define EXPECTED_SUM 0xc46545f1u

typedef unsigned int (*fn_t)(unsigned int);

/* Bit 0 of this half's function addresses: clear for ARM code, set in the
   M-profile build where this half is Thumb as well. */
#if defined(__thumb__)
#define ARM_HALF_BIT 1u
#else
#define ARM_HALF_BIT 0u
#endif

/* Thumb side. */
unsigned int t_square_plus(unsigned int x);
unsigned int t_walk(unsigned int x);
unsigned int t_call_ptr(fn_t f, unsigned int x);
unsigned int t_table_sum(unsigned int x);
extern const fn_t thumb_side_table[4];

/* ARM side (called from Thumb). */
__attribute__((noinline)) unsigned int a_step(unsigned int x)
{
    return x * 5u + 1u;
}

__attribute__((noinline)) unsigned int a_twist(unsigned int x)
{
    return (x << 7) ^ (x >> 3) ^ 0x5bd1e995u;
}

/* Tail call ARM -> Thumb: at -O1 and above this is a B (R_ARM_JUMP24). */
__attribute__((noinline)) unsigned int a_tail_to_thumb(unsigned int x)
{
    return t_square_plus(x ^ 0x77u);
}

/* ABS32 in .rodata to Thumb functions (bit 0 set) and an ARM one (clear). */
const fn_t arm_side_table[4] = { t_square_plus, t_walk, a_twist, t_table_sum };

fn_t arm_late_ptr;

__attribute__((noinline)) unsigned int thumb_bit_errors(void)
{
    unsigned int bad = 0;
    fn_t local = t_walk; /* MOVW/MOVT (v6T2+) or a literal-pool ABS32 */
    bad += ((unsigned int)local & 1u) != 1u;
    bad += ((unsigned int)arm_side_table[0] & 1u) != 1u;
    bad += ((unsigned int)arm_side_table[1] & 1u) != 1u;
    bad += ((unsigned int)arm_side_table[2] & 1u) != ARM_HALF_BIT;
    bad += ((unsigned int)arm_side_table[3] & 1u) != 1u;
    bad += ((unsigned int)thumb_side_table[0] & 1u) != ARM_HALF_BIT; /* a_step */
    bad += ((unsigned int)thumb_side_table[1] & 1u) != ARM_HALF_BIT; /* a_twist */
    bad += ((unsigned int)thumb_side_table[2] & 1u) != 1u; /* t_square_plus */
    return bad;
}

__attribute__((noinline)) unsigned int compute(void)
{
    unsigned int h = 7, i;
    arm_late_ptr = t_square_plus;               /* Thumb address stored to .bss */
    for (i = 0; i < 4; i++)
        h = h * 31u + arm_side_table[i](h + i);  /* indirect ARM -> Thumb/ARM */
    for (i = 0; i < 4; i++)
        h ^= thumb_side_table[i](h >> i);
    h += a_tail_to_thumb(h);
    h = h * 3u + t_walk(h);                     /* BL -> BLX */
    h += t_call_ptr(a_twist, h);                /* Thumb calls an ARM pointer */
    h += t_call_ptr(arm_late_ptr, h + 1u);      /* Thumb calls a Thumb pointer */
    h ^= t_table_sum(h);
    return h;
}

#ifndef IW_NO_MAIN
int main(void)
{
    unsigned int sum;
    if (thumb_bit_errors() != 0)
        return 120;
    sum = compute();
    /* EXIT_OK on success; 128..255 (never an expected status) otherwise. */
    return sum == EXPECTED_SUM ? (int)EXIT_OK : (int)(128u | (sum & 0x7fu));
}
#endif
