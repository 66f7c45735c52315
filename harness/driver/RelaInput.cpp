//===- RelaInput.cpp - The same object with RELA instead of REL -----------===//
//
// `--rela` turns every SHT_REL section of an input into SHT_RELA: each
// entry's addend moves from the field (read with the kind's own REL
// decoder, AAELF32 5.6.1.1) into r_addend, and the field's immediate is
// written as 0, as a RELA producer leaves it. A linker that honours RELA
// gives the same bytes as for the REL object; one that reads the field
// anyway gets addend 0 and shows it.
//
// The RELA tables are appended to the file and the section headers point
// at them; the sections keep their ".rel" names (linkers go by sh_type).
// A field whose immediate cannot be written as 0 for its kind keeps its
// bytes (the addend is then in both places).
//
//===----------------------------------------------------------------------===//
#include "driver/Driver.h"

#include "encode/ArmEncodings.h"
#include "link/Relocate.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/Endian.h"

using namespace llvm;

namespace relocheck {

namespace {

uint32_t get32(const std::string &B, size_t At) {
  return support::endian::read32le(B.data() + At);
}

void put32(std::string &B, size_t At, uint32_t V) {
  support::endian::write32le(B.data() + At, V);
}

/// Reads a REL addend from Original (the producer's bytes: two
/// relocations at one place each read the field as it was, as the linker
/// does) and writes the field at Field with immediate 0, as a RELA
/// producer leaves it.
int64_t moveAddendOut(const RelocKind &K, const ArchProfile &Arch,
                      const uint8_t *Original, uint8_t *Field) {
  int64_t Addend = readRelAddend(K, Original);
  // A TLS descriptor call or marker is rewritten, not filled in: its
  // instruction stays as the producer wrote it.
  if (K.Form == Formula::TlsDesc || isTlsDescCode(K.Place))
    return Addend;

  // Immediate 0: X = 0 with S = P = A = 0. A branch keeps the form the
  // producer wrote: the target's state is the one its opcode enters (a
  // Thumb BL enters Thumb, an ARM BLX enters Thumb).
  unsigned Size = fieldSize(K);
  RelocInputs Zero;
  bool Branch = K.Check == RangeCheck::Branch;
  bool FromThumb = K.Class != KindClass::Arm;
  bool Blx = Size == 4 && (FromThumb ? isThumbBlxImm(readThumb32(Field))
                                     : isArmBlxImm(read32le(Field)));
  Zero.T = Branch && FromThumb != Blx;
  Zero.TargetIsFunction = Branch;
  uint8_t Copy[4] = {};
  std::memcpy(Copy, Field, Size);
  RelocOutcome Ignored;
  if (!applyRelocation(K, Arch, Zero, Copy, Ignored))
    std::memcpy(Field, Copy, Size);
  return Addend;
}

} // namespace

Expected<std::unique_ptr<MemoryBuffer>>
relocationsAsRela(const MemoryBuffer &Obj, const ArchProfile &Arch) {
  std::string Name = Obj.getBufferIdentifier().str();
  auto Fail = [&](const std::string &Why) {
    return createStringError(inconvertibleErrorCode(),
                             Name + ": error: --rela: " + Why);
  };
  auto F = object::ELFFile<object::ELF32LE>::create(Obj.getBuffer());
  if (!F) {
    consumeError(F.takeError());
    return Fail("not a little-endian ELF32 object (--rela takes those)");
  }
  if (F->getHeader().e_ident[ELF::EI_DATA] != ELF::ELFDATA2LSB)
    return Fail("a big-endian object (--rela takes little-endian ones)");
  auto Sections = F->sections();
  if (!Sections) {
    consumeError(Sections.takeError());
    return Fail("its section headers cannot be read");
  }
  std::string Out = Obj.getBuffer().str();
  size_t ShOff = F->getHeader().e_shoff;
  for (size_t Index = 0; Index < Sections->size(); ++Index) {
    const auto &Sec = (*Sections)[Index];
    if (Sec.sh_type != ELF::SHT_REL)
      continue;
    if (Sec.sh_info == 0 || Sec.sh_info >= Sections->size() ||
        Sec.sh_size % 8 || Sec.sh_entsize != 8 ||
        uint64_t(Sec.sh_offset) + Sec.sh_size > Out.size())
      return Fail("relocation section " + std::to_string(Index) +
                  " is malformed (sh_info, sh_size or sh_entsize)");
    const auto &Target = (*Sections)[Sec.sh_info];
    if (Target.sh_type == ELF::SHT_REL || Target.sh_type == ELF::SHT_RELA ||
        Target.sh_type == ELF::SHT_SYMTAB || Target.sh_type == ELF::SHT_STRTAB)
      return Fail("relocation section " + std::to_string(Index) +
                  " applies to section " + std::to_string(Sec.sh_info) +
                  ", which holds no code or data");
    std::string Rela;
    for (uint32_t Off = 0; Off < Sec.sh_size; Off += 8) {
      uint32_t ROffset = get32(Out, Sec.sh_offset + Off);
      uint32_t RInfo = get32(Out, Sec.sh_offset + Off + 4);
      int64_t Addend = 0;
      const RelocKind *K = lookupKind(RInfo & 0xff);
      unsigned Size = K ? fieldSize(*K) : 0;
      if (Size && Target.sh_type != ELF::SHT_NOBITS &&
          uint64_t(ROffset) + Size <= Target.sh_size &&
          uint64_t(Target.sh_offset) + ROffset + Size <= Out.size()) {
        size_t At = Target.sh_offset + ROffset;
        auto *Original =
            reinterpret_cast<const uint8_t *>(Obj.getBufferStart()) + At;
        auto *Field = reinterpret_cast<uint8_t *>(Out.data()) + At;
        Addend = moveAddendOut(*K, Arch, Original, Field);
      }
      std::string Entry(12, '\0');
      put32(Entry, 0, ROffset);
      put32(Entry, 4, RInfo);
      put32(Entry, 8, uint32_t(int32_t(Addend)));
      Rela += Entry;
    }
    while (Out.size() % 4)
      Out.push_back('\0');
    size_t Header = ShOff + Index * sizeof(object::ELF32LE::Shdr);
    put32(Out, Header + offsetof(object::ELF32LE::Shdr, sh_type),
          ELF::SHT_RELA);
    put32(Out, Header + offsetof(object::ELF32LE::Shdr, sh_offset),
          uint32_t(Out.size()));
    put32(Out, Header + offsetof(object::ELF32LE::Shdr, sh_size),
          uint32_t(Rela.size()));
    put32(Out, Header + offsetof(object::ELF32LE::Shdr, sh_entsize), 12);
    Out += Rela;
  }
  return MemoryBuffer::getMemBufferCopy(Out, Name);
}

} // namespace relocheck
