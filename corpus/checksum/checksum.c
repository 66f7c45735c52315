/* checksum.c - relocheck corpus program "checksum".
 *
 * Expected exit status: 42
 *
 * Exercises: a byte table and a string table (array of pointers to string
 * literals) in .rodata, an initialised word array in .data, a zeroed array in
 * .bss, and plain global scalars.  The result is checked against
 * EXPECTED_SUM in main, so a wrong relocation changes the exit status.
 *
 * Freestanding: no libc, no division, no floating point, no struct copies.
 */

#define EXIT_OK 42u
#define EXPECTED_SUM 0x99bf3399u

const unsigned char crc_table[32] = {
    0x3a, 0x91, 0x07, 0xc4, 0x5e, 0x22, 0xf0, 0x19,
    0x8b, 0x6d, 0xa3, 0x40, 0x12, 0xee, 0x77, 0x5c,
    0x01, 0xbd, 0x69, 0x34, 0xd8, 0x0f, 0x86, 0xfa,
    0x2b, 0x93, 0x50, 0xc7, 0x1e, 0x64, 0xa9, 0x3d,
};

const char *const words[6] = {
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot",
};

unsigned int seeds[8] = {
    0x12345678u, 0x9abcdef0u, 0x0f1e2d3cu, 0x4b5a6978u,
    0x87654321u, 0x13579bdfu, 0x2468ace0u, 0xdeadbeefu,
};

unsigned int scratch[16];
unsigned int rounds_done;

__attribute__((noinline)) unsigned int str_len(const char *s)
{
    unsigned int n = 0;
    while (s[n] != 0)
        n++;
    return n;
}

__attribute__((noinline)) unsigned int mix(unsigned int h, unsigned int v)
{
    h ^= v;
    h = (h << 5) | (h >> 27);
    h += v * 0x9e3779b1u;
    return h;
}

__attribute__((noinline)) void fill_scratch(void)
{
    unsigned int i;
    for (i = 0; i < 16; i++)
        scratch[i] = seeds[i & 7] ^ ((unsigned int)crc_table[i * 2] << (i & 15));
}

__attribute__((noinline)) unsigned int hash_words(unsigned int h)
{
    unsigned int i, j;
    for (i = 0; i < 6; i++) {
        const unsigned char *p = (const unsigned char *)words[i];
        unsigned int n = str_len(words[i]);
        for (j = 0; j < n; j++)
            h = mix(h, p[j] + crc_table[(j + i) & 31]);
        h = mix(h, n);
    }
    return h;
}

__attribute__((noinline)) unsigned int compute(void)
{
    unsigned int h = 0x811c9dc5u;
    unsigned int r, i;
    fill_scratch();
    for (r = 0; r < 3; r++) {
        for (i = 0; i < 16; i++)
            h = mix(h, scratch[i]);
        seeds[r] += h;
        fill_scratch();
        rounds_done++;
    }
    h = hash_words(h);
    return h + rounds_done;
}

int main(void)
{
    unsigned int sum = compute();
    /* EXIT_OK on success; 128..255 (never an expected status) otherwise. */
    return sum == EXPECTED_SUM ? (int)EXIT_OK : (int)(128u | (sum & 0x7fu));
}
