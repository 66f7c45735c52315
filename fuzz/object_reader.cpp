//===- object_reader.cpp - libFuzzer target: hostile ELF objects ----------===//
//
// Fuzzer bytes are an ELF relocatable object (seeded with real ones). The
// reader must accept it or fail with an error; an accepted object is then
// linked with the default layout, and the link must finish with a result or
// an error; a linked result is checked and written to memory. Nothing may
// crash, hang or read out of bounds (ASan and UBSan watch).
//
//===----------------------------------------------------------------------===//
#include "check/Checker.h"
#include "link/Linker.h"
#include "object/InputObject.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <memory>

using namespace relocheck;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  auto Buf = llvm::MemoryBuffer::getMemBufferCopy(
      llvm::StringRef(reinterpret_cast<const char *>(Data), Size), "fuzz.o");
  auto Obj = readObject(Buf->getMemBufferRef());
  if (!Obj) {
    llvm::consumeError(Obj.takeError());
    return 0;
  }
  LinkOptions Opts;
  Opts.Arch = *lookupArch("armv7-a");
  std::vector<InputObject> Objs;
  Objs.push_back(std::move(*Obj));
  auto R = link(std::move(Objs), Opts);
  if (!R) {
    llvm::consumeError(R.takeError());
    return 0;
  }
  static std::unique_ptr<ArmDisassembler> Dis =
      std::move(*ArmDisassembler::create(Opts.Arch));
  Checker C(*R, *Dis);
  (void)C.dumpLines();
  (void)C.check(TestSpec{});
  if (R->ok()) {
    std::string Out;
    llvm::raw_string_ostream OS(Out);
    if (llvm::Error E = writeExecutable(*R, OS))
      llvm::consumeError(std::move(E));
  }
  return 0;
}
