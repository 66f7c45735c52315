//===- ObjectReader.cpp - ELF32 Arm relocatable objects -------------------===//
//
// Built on llvm::object::ELFFile, which bounds-checks headers, section and
// symbol tables. What ELFFile does not check for us (relocation offsets
// inside their section, symbol indexes, section indexes of symbols) is
// checked here, so the linker core never reads out of bounds.
//
//===----------------------------------------------------------------------===//
#include "object/InputObject.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ARMAttributeParser.h"
#include "llvm/Support/ARMBuildAttributes.h"
#include "llvm/Support/Compression.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/ScopedPrinter.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstring>

using namespace llvm;
using namespace llvm::object;

namespace relocheck {

bool InputSection::isAlloc() const { return Flags & ELF::SHF_ALLOC; }
bool InputSection::isNoBits() const { return Type == ELF::SHT_NOBITS; }

/// The first mapping entry past Offset (Mapping is sorted by offset; of
/// several at one offset the last counts). Binary search: an object may
/// hold one mapping symbol per relocation.
static auto mappingAfter(
    const std::vector<std::pair<uint32_t, CodeState>> &Mapping,
    uint64_t Offset) {
  return std::upper_bound(
      Mapping.begin(), Mapping.end(), Offset,
      [](uint64_t O, const std::pair<uint32_t, CodeState> &E) {
        return O < E.first;
      });
}

CodeState InputSection::stateAt(uint32_t Offset) const {
  auto It = mappingAfter(Mapping, Offset);
  return It == Mapping.begin() ? CodeState::Unknown : std::prev(It)->second;
}

void InputSection::forEachCodeUnit(
    uint64_t From, uint64_t To,
    function_ref<void(uint64_t At, unsigned Unit)> Fn) const {
  // From the region holding From (of those starting at one offset, only
  // the last has any extent) to the first that starts at To or later.
  size_t First = size_t(mappingAfter(Mapping, From) - Mapping.begin());
  for (size_t I = First ? First - 1 : 0; I < Mapping.size(); ++I) {
    auto [Start, State] = Mapping[I];
    if (Start >= To)
      break;
    if (State != CodeState::Arm && State != CodeState::Thumb)
      continue;
    uint64_t End = I + 1 < Mapping.size() ? Mapping[I + 1].first
                                          : Data.size();
    unsigned Unit = State == CodeState::Arm ? 4 : 2;
    uint64_t At = Start;
    if (From > Start)
      At += (From - Start) / Unit * Unit;
    for (; At < To && At + Unit <= End && At + Unit <= Data.size();
         At += Unit)
      Fn(At, Unit);
  }
}

bool InputSymbol::isUndefined() const { return Shndx == ELF::SHN_UNDEF; }
bool InputSymbol::isAbsolute() const { return Shndx == AbsoluteIndex; }
bool InputSymbol::isCommon() const { return Shndx == CommonIndex; }

bool InputSymbol::isThumbFunction() const {
  return Type == ELF::STT_FUNC && (Value & 1);
}

bool InputSymbol::isMappingSymbol() const {
  // AAELF32 "Mapping symbols": local symbols named $a, $t, $d (or $x.*).
  if (Name.size() < 2 || Name[0] != '$' || Binding != ELF::STB_LOCAL)
    return false;
  char C = Name[1];
  return (C == 'a' || C == 't' || C == 'd') &&
         (Name.size() == 2 || Name[2] == '.');
}

std::string printableName(StringRef Name) {
  std::string Out;
  Out.reserve(Name.size());
  for (size_t I = 0; I < Name.size();) {
    auto U = static_cast<unsigned char>(Name[I]);
    // A whole UTF-8 character is kept ("café.s"); a byte that starts
    // none (0xff, a lone continuation byte) is shown as \xNN, as control
    // characters are.
    if (U >= 0x80) {
      unsigned Len = getNumBytesForUTF8(U);
      auto *B = reinterpret_cast<const UTF8 *>(Name.data() + I);
      if (I + Len <= Name.size() && isLegalUTF8Sequence(B, B + Len)) {
        Out.append(Name.data() + I, Len);
        I += Len;
        continue;
      }
    }
    if (U < 0x20 || U >= 0x7f)
      Out += "\\x" + utohexstr(U, /*LowerCase=*/true, /*Width=*/2);
    else
      Out += char(U);
    ++I;
  }
  return Out;
}

std::string objectName(StringRef Name) {
  std::string Out;
  size_t Start = 0;
  for (size_t I = 0; I <= Name.size(); ++I) {
    if (I < Name.size() && Name[I] != '\\')
      continue;
    Out += printableName(Name.slice(Start, I));
    if (I < Name.size())
      Out += "\\\\";
    Start = I + 1;
  }
  return Out;
}

std::string rawObjectName(StringRef Kept) {
  std::string Out;
  for (size_t I = 0; I < Kept.size(); ++I) {
    unsigned Byte;
    if (Kept[I] == '\\' && Kept.substr(I + 1).starts_with("\\")) {
      Out += '\\';
      ++I;
    } else if (Kept[I] == '\\' && Kept.substr(I + 1).starts_with("x") &&
               !Kept.substr(I + 2, 2).getAsInteger(16, Byte) &&
               Kept.substr(I + 2, 2).size() == 2) {
      Out += char(Byte);
      I += 3;
    } else {
      Out += Kept[I];
    }
  }
  return Out;
}

namespace {

Error fail(StringRef File, const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(),
                           File + ": error: " + Msg);
}

template <class ELFT>
Error checkHeader(StringRef File, const ELFFile<ELFT> &Elf) {
  const auto &H = Elf.getHeader();
  if (H.e_machine != ELF::EM_ARM)
    return fail(File, "not an Arm object: e_machine is " +
                          Twine(unsigned(H.e_machine)) + ", expected 40 "
                                                        "(EM_ARM)");
  if (H.e_type != ELF::ET_REL)
    return fail(File, "not a relocatable object: e_type is " +
                          Twine(unsigned(H.e_type)) + ", expected 1 (ET_REL)");
  // BE8 is how a linker writes a big-endian executable (AAELF32 "ELF
  // header"); an object is BE32 order whatever its target.
  if (H.e_flags & ELF::EF_ARM_BE8)
    return fail(File, "e_flags 0x" + utohexstr(H.e_flags, true) +
                          " has EF_ARM_BE8 (0x800000), which marks an "
                          "executable's byte order, not an object's");
  return Error::success();
}

/// The most an input file may have; the most the compressed sections of a
/// link's inputs may inflate to, all together, too (a few megabytes of zlib
/// can claim gigabytes: checked from each header before anything is
/// inflated).
constexpr uint64_t MaxInputBytes = uint64_t(256) << 20;
constexpr uint64_t MaxInflatedSize = MaxInputBytes;

/// A SHF_COMPRESSED section (gABI "Compressed Sections"): an Elf32_Chdr
/// (type, size, alignment) and the zlib or zstd stream. Relocations apply
/// to the inflated bytes, so S.Data becomes those and the flag goes: the
/// output holds the section uncompressed, as lld and GNU ld write it.
template <class ELFT>
Error inflateSection(StringRef File, InputSection &S, uint64_t &Inflated) {
  auto Bad = [&](const Twine &Msg) {
    return fail(File, "compressed section '" + S.Name + "': " + Msg);
  };
  if (S.isAlloc())
    return Bad("has SHF_ALLOC; the gABI allows SHF_COMPRESSED only on "
               "sections that are not allocated");
  if (S.isNoBits())
    return Bad("is SHT_NOBITS, which has no bytes to inflate");
  if (S.Type == ELF::SHT_REL || S.Type == ELF::SHT_RELA ||
      S.Type == ELF::SHT_SYMTAB || S.Type == ELF::SHT_STRTAB ||
      S.Type == ELF::SHT_GROUP)
    return Bad("holds relocations, symbols, strings or a group; relocheck "
               "inflates only sections of code or data (debug sections)");
  if (S.Data.size() < sizeof(typename ELFT::Chdr))
    return Bad("has " + Twine(S.Data.size()) + " bytes, fewer than its " +
               Twine(unsigned(sizeof(typename ELFT::Chdr))) +
               "-byte compression header");
  typename ELFT::Chdr H;
  std::memcpy(&H, S.Data.data(), sizeof(H));
  uint32_t Type = H.ch_type;
  uint64_t Size = H.ch_size, Align = H.ch_addralign;
  compression::Format Format;
  if (Type == ELF::ELFCOMPRESS_ZLIB)
    Format = compression::Format::Zlib;
  else if (Type == ELF::ELFCOMPRESS_ZSTD)
    Format = compression::Format::Zstd;
  else
    return Bad("ch_type is " + Twine(Type) +
               ", expected 1 (ELFCOMPRESS_ZLIB) or 2 (ELFCOMPRESS_ZSTD)");
  if (const char *Why = compression::getReasonIfUnsupported(Format))
    return Bad(Twine(Why));
  if (Align == 0 || (Align & (Align - 1)) || Align > UINT32_MAX)
    return Bad("ch_addralign is " + Twine(Align) +
               ", expected a power of two");
  if (Size > MaxInflatedSize - Inflated)
    return Bad("ch_size is 0x" + utohexstr(Size, true) +
               (Inflated ? ", which with the 0x" + utohexstr(Inflated, true) +
                               " bytes of compressed sections inflated "
                               "before it (this input's and earlier "
                               "ones') is"
                         : std::string(",")) +
               " more than relocheck inflates per link (0x" +
               utohexstr(MaxInflatedSize, true) + ", 256 MiB)");
  Inflated += Size;
  SmallVector<uint8_t, 0> Out;
  ArrayRef<uint8_t> Stream(S.Data.data() + sizeof(H),
                           S.Data.size() - sizeof(H));
  if (Error E = compression::decompress(Format, Stream, Out, Size))
    return Bad("the " + Twine(Type == ELF::ELFCOMPRESS_ZLIB ? "zlib"
                                                             : "zstd") +
               " stream does not inflate to ch_size 0x" +
               utohexstr(Size, true) + " bytes: " + toString(std::move(E)));
  if (Out.size() != Size)
    return Bad("inflates to 0x" + utohexstr(Out.size(), true) +
               " bytes, but ch_size is 0x" + utohexstr(Size, true));
  S.Data.assign(Out.begin(), Out.end());
  S.Size = uint32_t(Size);
  S.Align = uint32_t(Align);
  S.Flags &= ~uint32_t(ELF::SHF_COMPRESSED);
  return Error::success();
}

template <class ELFT>
Error readSections(StringRef File, const ELFFile<ELFT> &Elf,
                   InputObject &Obj, uint64_t &Inflated) {
  auto Sections = Elf.sections();
  if (!Sections)
    return fail(File, toString(Sections.takeError()));
  // e_shnum = 0 with a section table: the count is in section 0's sh_size
  // (gABI "ELF Header"); 0 there too leaves a table of no sections, which
  // a relocatable object cannot be (it would link as nothing, silently).
  if (Sections->empty() && Elf.getHeader().e_shoff != 0)
    return fail(File, "e_shoff is 0x" +
                          utohexstr(Elf.getHeader().e_shoff, true) +
                          " but the section count is 0 (e_shnum and "
                          "section 0's sh_size); expected sections");

  if (!Sections->empty() && (*Sections)[0].sh_type != ELF::SHT_NULL)
    return fail(File, "section 0 has type " +
                          Twine(unsigned((*Sections)[0].sh_type)) +
                          ", expected SHT_NULL (gABI: index 0 is reserved)");
  for (const auto &Sec : *Sections) {
    InputSection S;
    S.Index = unsigned(&Sec - &(*Sections)[0]);
    auto Name = Elf.getSectionName(Sec);
    if (!Name)
      return fail(File, "section " + Twine(S.Index) + ": " +
                            toString(Name.takeError()));
    S.Name = objectName(*Name);
    S.Type = Sec.sh_type;
    S.Flags = Sec.sh_flags;
    S.Align = Sec.sh_addralign ? uint32_t(Sec.sh_addralign) : 1;
    S.Size = Sec.sh_size;
    S.Link = Sec.sh_link;
    S.EntSize = uint32_t(Sec.sh_entsize);
    if ((S.Align & (S.Align - 1)) != 0)
      return fail(File, "section '" + S.Name + "' has alignment " +
                            Twine(S.Align) + ", not a power of two");
    if (Sec.sh_type != ELF::SHT_NOBITS && Sec.sh_type != ELF::SHT_NULL) {
      auto Contents = Elf.getSectionContents(Sec);
      if (!Contents)
        return fail(File, "section '" + S.Name +
                              "': " + toString(Contents.takeError()));
      S.Data.assign(Contents->begin(), Contents->end());
    }
    if (S.Flags & ELF::SHF_COMPRESSED) {
      if (Error E = inflateSection<ELFT>(File, S, Inflated))
        return E;
    } else if (StringRef(S.Name).starts_with(".zdebug") &&
               StringRef(reinterpret_cast<const char *>(S.Data.data()),
                         S.Data.size())
                   .starts_with("ZLIB")) {
      return fail(File, "section '" + S.Name + "' is compressed the old "
                        "GNU way (.zdebug, \"ZLIB\" header), which "
                        "relocheck does not read; compress with "
                        "SHF_COMPRESSED instead (clang -gz=zlib, "
                        "objcopy --compress-debug-sections=zlib)");
    }
    if (S.Type == ELF::SHT_ARM_ATTRIBUTES) // as the driver reads them
      Obj.Attributes.push_back(S.Data);
    // An exception index table (EHABI): whole 8-byte entries, describing
    // the code section its sh_link names (checked once all are read).
    if (S.Type == ELF::SHT_ARM_EXIDX && S.Size % 8)
      return fail(File, "exception index section '" + S.Name + "' has size " +
                            Twine(S.Size) + ", not a multiple of 8 (one "
                            "entry is two words)");
    Obj.Sections.push_back(std::move(S));
  }
  for (const InputSection &S : Obj.Sections) {
    if (S.Type != ELF::SHT_ARM_EXIDX)
      continue;
    if (S.Link == 0 || S.Link >= Obj.Sections.size() ||
        !(Obj.Sections[S.Link].Flags & ELF::SHF_EXECINSTR))
      return fail(File, "exception index section '" + S.Name + "' has "
                        "sh_link " + Twine(S.Link) + ", which names no code "
                        "section (it must name the code it describes)");
  }
  return Error::success();
}

template <class ELFT>
Error readSymbols(StringRef File, const ELFFile<ELFT> &Elf,
                  const typename ELFT::Shdr &SymTab, InputObject &Obj) {
  auto Syms = Elf.symbols(&SymTab);
  if (!Syms)
    return fail(File, toString(Syms.takeError()));
  // sh_info: one past the last local symbol (gABI "Symbol Table"); symbol
  // 0 is local, so it is at least 1.
  if (SymTab.sh_info == 0 && !Syms->empty())
    return fail(File, "the symbol table's sh_info (first global symbol) is "
                      "0, expected at least 1 (symbol 0 is local)");
  if (SymTab.sh_info > Syms->size())
    return fail(File, "the symbol table's sh_info (first global symbol) is " +
                          Twine(unsigned(SymTab.sh_info)) + ", but it has " +
                          Twine(Syms->size()) + " symbols");
  auto StrTab = Elf.getStringTableForSymtab(SymTab);
  if (!StrTab)
    return fail(File, toString(StrTab.takeError()));
  // Extended section indexes (gABI "Extended Section Indexes"): a symbol
  // whose st_shndx is SHN_XINDEX finds its section in the SHT_SYMTAB_SHNDX
  // table that names this symbol table, one word per symbol.
  auto Sections = Elf.sections();
  if (!Sections)
    return fail(File, toString(Sections.takeError()));
  unsigned SymTabIndex = unsigned(&SymTab - &(*Sections)[0]);
  ArrayRef<typename ELFT::Word> Extended;
  const typename ELFT::Shdr *ExtendedTable = nullptr;
  for (const auto &Sec : *Sections) {
    if (Sec.sh_type != ELF::SHT_SYMTAB_SHNDX || Sec.sh_link != SymTabIndex)
      continue;
    if (ExtendedTable)
      return fail(File, "two SHT_SYMTAB_SHNDX sections name the symbol "
                        "table; expected at most one");
    auto Table = Elf.getSHNDXTable(Sec, *Sections);
    if (!Table)
      return fail(File, "the extended section index table: " +
                            toString(Table.takeError()));
    Extended = *Table;
    ExtendedTable = &Sec;
  }

  for (const auto &Sym : *Syms) {
    InputSymbol S;
    auto Name = Sym.getName(*StrTab);
    if (!Name)
      return fail(File, "symbol " + Twine(Obj.Symbols.size()) + ": " +
                            toString(Name.takeError()));
    S.Name = objectName(*Name);
    S.Value = Sym.st_value;
    S.Size = Sym.st_size;
    S.Type = Sym.getType();
    S.Binding = Sym.getBinding();
    unsigned Index = unsigned(Obj.Symbols.size());
    uint16_t Raw = Sym.st_shndx;
    if (Raw == ELF::SHN_XINDEX) {
      if (!ExtendedTable)
        return fail(File, "symbol '" + S.Name + "' (symbol " + Twine(Index) +
                              ") has st_shndx SHN_XINDEX, but no "
                              "SHT_SYMTAB_SHNDX section names the symbol "
                              "table");
      S.Shndx = Extended[Index];
      if (S.Shndx == 0 || S.Shndx >= Obj.Sections.size())
        return fail(File, "symbol '" + S.Name + "' (symbol " + Twine(Index) +
                              ") has st_shndx SHN_XINDEX, but its extended "
                              "index is " + Twine(S.Shndx) +
                              "; expected a section index (1 to " +
                              Twine(Obj.Sections.size() - 1) + ")");
    } else if (Raw == ELF::SHN_ABS) {
      S.Shndx = InputSymbol::AbsoluteIndex;
    } else if (Raw == ELF::SHN_COMMON) {
      S.Shndx = InputSymbol::CommonIndex;
    } else if (Raw >= ELF::SHN_LORESERVE) {
      // A section past 0xfeff is named through SHN_XINDEX only; the other
      // reserved values are processor- or OS-specific, and none is ARM's.
      return fail(File, "symbol '" + S.Name + "' (symbol " + Twine(Index) +
                            ") has reserved section index 0x" +
                            utohexstr(Raw, true) +
                            "; expected a section index below 0xff00, "
                            "SHN_ABS, SHN_COMMON or SHN_XINDEX");
    } else {
      S.Shndx = Raw;
    }
    // gABI "Symbol Table": locals first, sh_info the first non-local;
    // bindings and types beyond the ones ELF defines are refused (GNU
    // ld and lld refuse them too) rather than guessed at.
    bool Local = S.Binding == ELF::STB_LOCAL;
    if (Index != 0 && Local != (Index < SymTab.sh_info))
      return fail(File, "symbol '" + S.Name + "' (symbol " + Twine(Index) +
                            ") is " + (Local ? "local" : "not local") +
                            " but sits " + (Local ? "after" : "before") +
                            " the symbol table's first global (sh_info " +
                            Twine(unsigned(SymTab.sh_info)) + ")");
    if (S.Binding != ELF::STB_LOCAL && S.Binding != ELF::STB_GLOBAL &&
        S.Binding != ELF::STB_WEAK)
      return fail(File, "symbol '" + S.Name + "' (symbol " + Twine(Index) +
                            ") has binding " + Twine(unsigned(S.Binding)) +
                            "; expected LOCAL (0), GLOBAL (1) or WEAK (2)");
    if (S.Type > ELF::STT_TLS && S.Type != ELF::STT_GNU_IFUNC)
      return fail(File, "symbol '" + S.Name + "' (symbol " + Twine(Index) +
                            ") has type " + Twine(unsigned(S.Type)) +
                            "; expected NOTYPE, OBJECT, FUNC, SECTION, "
                            "FILE, COMMON, TLS or GNU_IFUNC");
    bool Special = S.isUndefined() || S.isAbsolute() || S.isCommon();
    if ((!Special || S.Type == ELF::STT_SECTION) &&
        S.Shndx >= Obj.Sections.size())
      return fail(File, "symbol '" + S.Name + "' (symbol " +
                            Twine(Obj.Symbols.size()) +
                            ") has section index " +
                            Twine(Raw == ELF::SHN_XINDEX ? S.Shndx : Raw) +
                            ", but the object has " +
                            Twine(Obj.Sections.size()) + " sections");
    if (!Special) {
      const InputSection &Sec = Obj.Sections[S.Shndx];
      // A group's signature may be a symbol of its own defined in the
      // SHT_GROUP section (llvm-mc and GNU as make one when no other
      // symbol has the name): allowed, it is never placed.
      if (S.Type != ELF::STT_SECTION &&
          (Sec.Type == ELF::SHT_REL || Sec.Type == ELF::SHT_RELA ||
           Sec.Type == ELF::SHT_SYMTAB || Sec.Type == ELF::SHT_STRTAB))
        return fail(File, "symbol '" + S.Name + "' (symbol " + Twine(Index) +
                              ") is defined in section '" + Sec.Name +
                              "', which holds relocations, symbols or "
                              "strings, not code or data");
      // A TLS symbol is an offset in the TLS block: only a TLS section
      // (SHF_TLS: .tdata, .tbss) has one (lld refuses such an object, GNU
      // ld links it with the section's address).
      if (S.Type == ELF::STT_TLS && !(Sec.Flags & ELF::SHF_TLS))
        return fail(File, "symbol '" + S.Name + "' (symbol " +
                              Twine(Index) + ") is STT_TLS but is defined "
                              "in section '" + Sec.Name + "', which is "
                              "not a TLS section (no SHF_TLS)");
      uint32_t Offset = S.Type == ELF::STT_FUNC ? S.Value & ~1u : S.Value;
      if (Offset > Sec.Size)
        return fail(File, (S.Type == ELF::STT_SECTION
                               ? "the section symbol of '" + Sec.Name + "'"
                               : "symbol '" + S.Name + "'") +
                              " has value 0x" + utohexstr(S.Value, true) +
                              ", past the end of " +
                              "section '" + Sec.Name + "' (size 0x" +
                              utohexstr(Sec.Size, true) + ")");
    }
    Obj.Symbols.push_back(std::move(S));
  }
  return Error::success();
}

void collectMappingSymbols(InputObject &Obj) {
  for (const InputSymbol &S : Obj.Symbols) {
    if (!S.isMappingSymbol() || S.Shndx == 0 ||
        S.Shndx >= Obj.Sections.size())
      continue;
    CodeState State = S.Name[1] == 'a'   ? CodeState::Arm
                      : S.Name[1] == 't' ? CodeState::Thumb
                                         : CodeState::Data;
    Obj.Sections[S.Shndx].Mapping.push_back({S.Value, State});
  }
  for (InputSection &Sec : Obj.Sections)
    std::stable_sort(Sec.Mapping.begin(), Sec.Mapping.end(),
                     [](const auto &L, const auto &R) {
                       return L.first < R.first;
                     });
}

/// SHT_GROUP sections (gABI "Section Groups"): a flag word, then the
/// member section indexes, in the object's byte order.
template <class ELFT>
Error readGroups(StringRef File, const ELFFile<ELFT> &Elf, InputObject &Obj,
                 unsigned SymTabIndex) {
  auto Sections = Elf.sections();
  if (!Sections)
    return fail(File, toString(Sections.takeError()));
  std::vector<unsigned> GroupOf(Obj.Sections.size(), 0);
  for (const InputSection &Sec : Obj.Sections) {
    if (Sec.Type != ELF::SHT_GROUP)
      continue;
    const auto &Hdr = (*Sections)[Sec.Index];
    auto Bad = [&](const Twine &Why) {
      return fail(File, "section group '" + Sec.Name + "' (section " +
                            Twine(Sec.Index) + ") " + Why);
    };
    if (Hdr.sh_link != SymTabIndex || SymTabIndex == 0)
      return Bad("links to section " + Twine(unsigned(Hdr.sh_link)) +
                 ", not to the symbol table");
    if (Hdr.sh_info == 0 || Hdr.sh_info >= Obj.Symbols.size())
      return Bad("names symbol " + Twine(unsigned(Hdr.sh_info)) +
                 " as its signature, but there are " +
                 Twine(Obj.Symbols.size()) + " symbols");
    if (Sec.Data.size() < 4 || Sec.Data.size() % 4)
      return Bad("has size " + Twine(Sec.Data.size()) +
                 ", expected a flag word and 4 bytes per member");
    auto Word = [&](size_t I) {
      return support::endian::read32<ELFT::Endianness>(&Sec.Data[4 * I]);
    };
    InputGroup G;
    G.Index = Sec.Index;
    uint32_t Flags = Word(0);
    if (Flags & ~uint32_t(ELF::GRP_COMDAT))
      return Bad("has flags 0x" + utohexstr(Flags, true) +
                 "; only GRP_COMDAT (0x1) is defined");
    G.Comdat = Flags & ELF::GRP_COMDAT;
    const InputSymbol &Sig = Obj.Symbols[Hdr.sh_info];
    G.Signature = Sig.Name;
    if (Sig.Type == ELF::STT_SECTION && Sig.Shndx < Obj.Sections.size())
      G.Signature = Obj.Sections[Sig.Shndx].Name;
    for (size_t I = 1; I < Sec.Data.size() / 4; ++I) {
      uint32_t M = Word(I);
      if (M == Sec.Index)
        return Bad("lists itself (section " + Twine(M) + ") as a member");
      if (M == 0 || M >= Obj.Sections.size())
        return Bad("lists section " + Twine(M) + " as a member; the object "
                   "has sections 1 to " + Twine(Obj.Sections.size() - 1));
      if (GroupOf[M])
        return Bad("lists section " + Twine(M) + " ('" +
                   Obj.Sections[M].Name + "'), already a member of group "
                   "section " + Twine(GroupOf[M]));
      uint32_t T = Obj.Sections[M].Type;
      if (T == ELF::SHT_SYMTAB || T == ELF::SHT_STRTAB ||
          T == ELF::SHT_GROUP || T == ELF::SHT_NULL)
        return Bad("lists section " + Twine(M) + " ('" +
                   Obj.Sections[M].Name + "'), a symbol table, string "
                   "table or group, which no group may hold");
      GroupOf[M] = Sec.Index;
      G.Members.push_back(M);
    }
    Obj.Groups.push_back(std::move(G));
  }
  // A relocation section goes with the section it applies to: both in one
  // group or both outside (gABI "Section Groups"); otherwise discarding
  // the group would keep relocations for a section that is gone, or the
  // other way round.
  for (const InputSection &Sec : Obj.Sections) {
    if (Sec.Type != ELF::SHT_REL && Sec.Type != ELF::SHT_RELA)
      continue;
    unsigned Target = (*Sections)[Sec.Index].sh_info;
    if (Target < GroupOf.size() && GroupOf[Sec.Index] != GroupOf[Target])
      return fail(File, "relocation section '" + Sec.Name + "' is " +
                            (GroupOf[Sec.Index]
                                 ? "in group section " +
                                       Twine(GroupOf[Sec.Index])
                                 : Twine("in no group")) +
                            ", but '" + Obj.Sections[Target].Name +
                            "', which it applies to, is " +
                            (GroupOf[Target]
                                 ? "in group section " +
                                       Twine(GroupOf[Target])
                                 : Twine("in no group")));
  }
  return Error::success();
}

/// "R_ARM_ABS32 against 'sym'" for an error about a relocation, in the
/// words the linker's site errors use.
std::string relocWords(const InputReloc &Rel, const InputObject &Obj) {
  StringRef Name = object::getELFRelocationTypeName(ELF::EM_ARM, Rel.Type);
  std::string Words = Name == "Unknown" ? "relocation type " +
                                              std::to_string(Rel.Type)
                                        : Name.str();
  if (Rel.SymIndex == 0 || Rel.SymIndex >= Obj.Symbols.size())
    return Words;
  const InputSymbol &Sym = Obj.Symbols[Rel.SymIndex];
  bool Section = Sym.Type == ELF::STT_SECTION &&
                 Sym.Shndx < Obj.Sections.size();
  return Words + " against '" +
         (Section ? Obj.Sections[Sym.Shndx].Name : Sym.Name) + "'";
}

template <typename RelRange>
Error addRelocs(StringRef File, const RelRange &Rels, bool IsRela,
                InputSection &Target, const InputObject &Obj) {
  for (const auto &R : Rels) {
    InputReloc Rel;
    Rel.Offset = R.r_offset;
    Rel.Type = R.getType(false);
    Rel.SymIndex = R.getSymbol(false);
    if constexpr (requires { R.r_addend; })
      if (IsRela)
        Rel.RelaAddend = int64_t(int32_t(R.r_addend));
    std::string Site = (File + ":(" + Target.Name + "+0x" +
                        utohexstr(Rel.Offset, true) + "): error: ")
                           .str();
    if (Rel.SymIndex >= Obj.Symbols.size())
      return createStringError(
          inconvertibleErrorCode(),
          Site + relocWords(Rel, Obj) + ": refers to symbol " +
              Twine(Rel.SymIndex) + ", but there are only " +
              Twine(Obj.Symbols.size()) + " symbols");
    if (uint64_t(Rel.Offset) + 1 > Target.Size)
      return createStringError(
          inconvertibleErrorCode(),
          Site + relocWords(Rel, Obj) +
              ": the place lies outside the section (size 0x" +
              utohexstr(Target.Size, true) + ")");
    Target.Relocs.push_back(Rel);
  }
  return Error::success();
}

template <class ELFT>
Error readRelocations(StringRef File, const ELFFile<ELFT> &Elf,
                      InputObject &Obj, unsigned SymTabIndex) {
  auto Sections = Elf.sections();
  if (!Sections)
    return fail(File, toString(Sections.takeError()));

  for (const auto &Sec : *Sections) {
    bool IsRela = Sec.sh_type == ELF::SHT_RELA;
    if (Sec.sh_type != ELF::SHT_REL && !IsRela)
      continue;
    if (Sec.sh_info == 0 || Sec.sh_info >= Obj.Sections.size())
      return fail(File, "relocation section has target section index " +
                            Twine(Sec.sh_info) + ", which does not exist");
    if (Sec.sh_link != SymTabIndex || SymTabIndex == 0)
      return fail(File, "relocation section for '" +
                            Obj.Sections[Sec.sh_info].Name +
                            "' links to section " + Twine(Sec.sh_link) +
                            ", not to the symbol table");
    InputSection &Target = Obj.Sections[Sec.sh_info];
    if (Target.Type == ELF::SHT_REL || Target.Type == ELF::SHT_RELA ||
        Target.Type == ELF::SHT_SYMTAB || Target.Type == ELF::SHT_STRTAB ||
        Target.Type == ELF::SHT_NULL)
      return fail(File, "relocation section applies to section " +
                            Twine(Sec.sh_info) + " ('" + Target.Name +
                            "'), which holds no code or data");
    if (IsRela) {
      auto Rels = Elf.relas(Sec);
      if (!Rels)
        return fail(File, toString(Rels.takeError()));
      if (Error E = addRelocs(File, *Rels, true, Target, Obj))
        return E;
    } else {
      auto Rels = Elf.rels(Sec);
      if (!Rels)
        return fail(File, toString(Rels.takeError()));
      if (Error E = addRelocs(File, *Rels, false, Target, Obj))
        return E;
    }
  }
  for (InputSection &Sec : Obj.Sections)
    std::stable_sort(Sec.Relocs.begin(), Sec.Relocs.end(),
                     [](const InputReloc &L, const InputReloc &R) {
                       return L.Offset < R.Offset;
                     });
  return Error::success();
}

template <class ELFT>
Expected<InputObject> readAs(StringRef File, StringRef Bytes,
                             uint64_t &Inflated) {
  auto ElfOrErr = ELFFile<ELFT>::create(Bytes);
  if (!ElfOrErr)
    return fail(File, toString(ElfOrErr.takeError()));
  const ELFFile<ELFT> &Elf = *ElfOrErr;

  InputObject Obj;
  Obj.FileName = File.str();
  Obj.EFlags = Elf.getHeader().e_flags;
  Obj.BigEndian = ELFT::Endianness == llvm::endianness::big;
  if (Error E = checkHeader(File, Elf))
    return E;
  if (Error E = readSections(File, Elf, Obj, Inflated))
    return E;

  auto Sections = Elf.sections();
  unsigned SymTabIndex = 0;
  for (const auto &Sec : *Sections) {
    if (Sec.sh_type != ELF::SHT_SYMTAB)
      continue;
    unsigned Index = unsigned(&Sec - &(*Sections)[0]);
    if (SymTabIndex)
      return fail(File, "more than one SHT_SYMTAB section (sections " +
                            Twine(SymTabIndex) + " and " + Twine(Index) +
                            ")");
    SymTabIndex = Index;
  }
  // Read once every symbol table is counted: a second one is the error.
  if (SymTabIndex)
    if (Error E = readSymbols(File, Elf, (*Sections)[SymTabIndex], Obj))
      return E;
  collectMappingSymbols(Obj);

  if (Error E = readRelocations(File, Elf, Obj, SymTabIndex))
    return E;
  if (Error E = readGroups(File, Elf, Obj, SymTabIndex))
    return E;
  return Obj;
}

} // namespace

Expected<InputObject> readObject(MemoryBufferRef Buffer,
                                 uint64_t *Inflated) {
  uint64_t OwnInflated = 0;
  uint64_t &Budget = Inflated ? *Inflated : OwnInflated;
  StringRef File = Buffer.getBufferIdentifier();
  StringRef Bytes = Buffer.getBuffer();
  if (Bytes.size() < 16 || !Bytes.starts_with("\x7f"
                                               "ELF"))
    return fail(File, "not an ELF file");
  if (uint8_t(Bytes[ELF::EI_CLASS]) != ELF::ELFCLASS32)
    return fail(File, "not a 32-bit ELF file (Arm objects are ELFCLASS32)");
  uint8_t Data = uint8_t(Bytes[ELF::EI_DATA]);
  if (Data == ELF::ELFDATA2MSB)
    return readAs<ELF32BE>(File, Bytes, Budget);
  if (Data != ELF::ELFDATA2LSB)
    return fail(File, "EI_DATA is " + Twine(unsigned(Data)) +
                          ", expected 1 (little-endian) or 2 (big-endian)");
  return readAs<ELF32LE>(File, Bytes, Budget);
}

namespace {

/// Why readInputFile refused a path, as an error_code whose message()
/// says so (std::errc has no "not a regular file").
enum class InputRefusal { NotRegular = 1, TooBig };

class InputRefusalCategory : public std::error_category {
  const char *name() const noexcept override { return "relocheck input"; }
  std::string message(int C) const override {
    return C == int(InputRefusal::NotRegular)
               ? "not a regular file (a device, FIFO or socket)"
               : "over relocheck's 256 MiB cap on an input file";
  }
};

std::error_code refusal(InputRefusal R) {
  static const InputRefusalCategory Category;
  return {int(R), Category};
}

} // namespace

std::optional<CpuArchTags> readCpuArchTags(ArrayRef<uint8_t> Contents,
                                           bool BigEndian,
                                           std::string *Problem,
                                           std::string *Twice) {
  ARMAttributeParser Parser;
  std::string Why;
  if (Error E = Parser.parse(Contents, BigEndian ? endianness::big
                                                 : endianness::little))
    Why = toString(std::move(E));
  if (Problem)
    *Problem = Why;
  auto Arch = Parser.getAttributeValue(ARMBuildAttrs::CPU_arch);
  if (!Arch)
    return std::nullopt;
  CpuArchTags Tags{
      *Arch,
      Parser.getAttributeValue(ARMBuildAttrs::CPU_arch_profile).value_or(0)};
  // The parser keeps a value in 32 bits: a Tag_CPU_arch of 2^32 + 2 would
  // read as 2 (v4T). It refuses every value it has no name for, and its
  // message has the whole one.
  StringRef Unknown = "unknown CPU_arch value: ";
  uint64_t Whole;
  if (StringRef(Why).starts_with(Unknown) &&
      !StringRef(Why).drop_front(Unknown.size()).getAsInteger(10, Whole))
    Tags.Arch = Whole;
  // The parser keeps a tag's first value: a second Tag_CPU_arch that says
  // otherwise is read from the parser's listing of every attribute, and
  // named (the caller warns), not passed over.
  if (Why.empty() && Twice) {
    std::string Listing;
    raw_string_ostream OS(Listing);
    ScopedPrinter Printer(OS);
    ARMAttributeParser Lister(&Printer);
    consumeError(Lister.parse(Contents, BigEndian ? endianness::big
                                                  : endianness::little));
    std::vector<uint64_t> Values;
    SmallVector<StringRef, 0> Lines;
    StringRef(Listing).split(Lines, '\n');
    std::string TagLine = "Tag: " + std::to_string(ARMBuildAttrs::CPU_arch);
    for (size_t I = 0; I + 1 < Lines.size(); ++I) {
      StringRef Next = Lines[I + 1].trim();
      uint64_t V;
      if (Lines[I].trim() == TagLine && Next.consume_front("Value: ") &&
          !Next.getAsInteger(10, V))
        Values.push_back(V);
    }
    for (uint64_t V : Values)
      if (V != Values.front()) {
        *Twice = std::to_string(Values.front()) + " then " +
                 std::to_string(V);
        break;
      }
  }
  return Tags;
}

ErrorOr<std::unique_ptr<MemoryBuffer>>
readInputFile(const std::string &Path, bool IsText) {
  constexpr uint64_t Cap = MaxInputBytes;
  sys::fs::file_status St;
  if (!sys::fs::status(Path, St) && sys::fs::exists(St)) {
    if (!sys::fs::is_regular_file(St) && !sys::fs::is_directory(St))
      return refusal(InputRefusal::NotRegular);
    if (sys::fs::is_regular_file(St) && St.getSize() > Cap)
      return refusal(InputRefusal::TooBig);
  }
  return MemoryBuffer::getFile(Path, IsText,
                               /*RequiresNullTerminator=*/IsText);
}

} // namespace relocheck
