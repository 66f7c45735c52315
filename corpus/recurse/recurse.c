/* recurse.c - relocheck corpus program "recurse".
 *
 * Expected exit status: 11
 *
 * Exercises: direct recursion (fib, ackermann), mutual recursion
 * (is_even/is_odd), a recursive Towers of Hanoi that records moves in a .bss
 * array, a recursive sum over a linked list built from .data nodes that
 * point at each other (data-to-data ABS32), and many BL calls (R_ARM_CALL /
 * R_ARM_THM_CALL).  At -O1 and above the mutual recursion becomes tail calls:
 * B (R_ARM_JUMP24) in ARM code, B.W (R_ARM_THM_JUMP24) in Thumb-2 code.
 */

#define EXIT_OK 11u
#define EXPECTED_SUM 0x1919fe99u

struct cell {
    unsigned int value;
    struct cell *next;
};

struct cell c4 = { 40, 0 };
struct cell c3 = { 30, &c4 };
struct cell c2 = { 20, &c3 };
struct cell c1 = { 10, &c2 };
struct cell *list_head = &c1;

unsigned char hanoi_log[64];
unsigned int hanoi_moves;

__attribute__((noinline)) unsigned int fib(unsigned int n)
{
    return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

__attribute__((noinline)) unsigned int ack(unsigned int m, unsigned int n)
{
    if (m == 0)
        return n + 1;
    if (n == 0)
        return ack(m - 1, 1);
    return ack(m - 1, ack(m, n - 1));
}

unsigned int is_odd(unsigned int n);

__attribute__((noinline)) unsigned int is_even(unsigned int n)
{
    return n == 0 ? 1 : is_odd(n - 1);
}

__attribute__((noinline)) unsigned int is_odd(unsigned int n)
{
    return n == 0 ? 0 : is_even(n - 1);
}

__attribute__((noinline)) void hanoi(unsigned int n, unsigned int from,
                                     unsigned int to, unsigned int via)
{
    if (n == 0)
        return;
    hanoi(n - 1, from, via, to);
    hanoi_log[hanoi_moves & 63] = (unsigned char)((from << 4) | to);
    hanoi_moves++;
    hanoi(n - 1, via, to, from);
}

__attribute__((noinline)) unsigned int list_sum(const struct cell *c)
{
    return c ? c->value + 3u * list_sum(c->next) : 0;
}

__attribute__((noinline)) unsigned int collatz_steps(unsigned int n)
{
    if (n <= 1)
        return 0;
    return 1 + collatz_steps((n & 1) ? 3 * n + 1 : n >> 1);
}

__attribute__((noinline)) unsigned int compute(void)
{
    unsigned int h = 0, i;
    h += fib(17);
    h = h * 31u + ack(2, 3);
    h = h * 31u + is_even(23) + 2u * is_odd(23);
    hanoi(6, 1, 3, 2);
    for (i = 0; i < 64; i++)
        h = (h << 1) ^ (h >> 31) ^ hanoi_log[i];
    h += hanoi_moves;
    c3.value = 33;
    h = h * 7u + list_sum(list_head);
    h ^= collatz_steps(27) << 8;
    return h;
}

int main(void)
{
    unsigned int sum = compute();
    /* EXIT_OK on success; 128..255 (never an expected status) otherwise. */
    return sum == EXPECTED_SUM ? (int)EXIT_OK : (int)(128u | (sum & 0x7fu));
}
