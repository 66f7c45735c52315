#include "assemble/Assembler.h"
#include "object/InputObject.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/MemoryBuffer.h"
using namespace relocheck;
int main(int argc, char **argv) {
  auto Buf = llvm::MemoryBuffer::getFile(argv[1]);
  auto Obj = assemble((*Buf)->getBuffer(), argv[1], *lookupArch("armv7-a"));
  if (!Obj) { llvm::errs() << llvm::toString(Obj.takeError()) << "\n"; return 1; }
  auto In = readObject((*Obj)->getMemBufferRef());
  if (!In) { llvm::errs() << llvm::toString(In.takeError()) << "\n"; return 1; }
  for (auto &S : In->Sections) llvm::outs() << S.Name << " " << S.Relocs.size() << "\n";
  return 0;
}
