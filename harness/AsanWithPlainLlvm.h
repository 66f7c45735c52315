//===- AsanWithPlainLlvm.h - ASan builds against an uninstrumented LLVM -===//
//
// Included before everything else in every relocheck source file (CMake's
// -include). Debian's LLVM libraries are built without AddressSanitizer,
// but LLVM's headers ask whether *this* file is: under -fsanitize=address
// the inline BumpPtrAllocator code compiled here poisons a slab's free
// space and unpoisons what it hands out, while the same templates compiled
// into libLLVMMC do neither. The linker keeps one copy of each inline
// function, so MCContext ended up writing into memory our copy had
// poisoned: "use-after-poison" in StringMap::try_emplace on every
// assembly (bin/relocheck of build-fuzz/ and build-faults/). Making the
// two calls no-ops here keeps both halves of the program alike. ASan still
// watches relocheck's own heap and stack; LLVM's arenas, which it never
// watched, stay unwatched.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_ASANWITHPLAINLLVM_H
#define RELOCHECK_ASANWITHPLAINLLVM_H

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RELOCHECK_ASAN_BUILD 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define RELOCHECK_ASAN_BUILD 1
#endif

#ifdef RELOCHECK_ASAN_BUILD
#include <sanitizer/asan_interface.h>
// llvm/Support/Compiler.h includes asan_interface.h again (a no-op) and
// Allocator.h then expands these.
#define __asan_poison_memory_region(Addr, Size) ((void)(Addr), (void)(Size))
#define __asan_unpoison_memory_region(Addr, Size)                            \
  ((void)(Addr), (void)(Size))
#endif

#endif
