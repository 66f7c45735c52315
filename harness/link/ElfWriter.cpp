//===- ElfWriter.cpp - ELF32 Arm executables ------------------------------===//
//
// Output sections become PT_LOAD segments. Sections that lie close together
// (less than 64 KiB apart) share one segment, written contiguously with the
// gap zero-filled, so no two segments map the same page from different file
// offsets; sections far apart get their own segment, so a test placing code
// at 0x20000 and 0x2020000 does not write a 32 MiB file. Every segment keeps
// p_offset == p_vaddr modulo the 4 KiB page, as the Linux loader (and
// qemu-arm) require.
//
//===----------------------------------------------------------------------===//
#include "link/Linker.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELFTypes.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>
#include <map>
#include <optional>
#include <cstring>

using namespace llvm;
using namespace llvm::ELF;

namespace relocheck {

namespace {

constexpr uint64_t PageSize = 0x1000;
constexpr uint64_t MaxGapInSegment = 0x10000;
// Outputs are for tests: a file larger than this is a layout mistake (a
// huge gap or NOBITS section inside a segment), not something to write.
constexpr uint64_t MaxOutputSize = 256u << 20;

struct Segment {
  uint64_t VAddr = 0, Offset = 0, FileSize = 0, MemSize = 0;
  uint32_t Flags = PF_R;
};

struct StringTable {
  std::string Data{'\0'};
  uint32_t add(const std::string &S) {
    if (S.empty())
      return 0;
    uint32_t Off = uint32_t(Data.size());
    Data += S;
    Data += '\0';
    return Off;
  }
};

/// BE8: sections are kept in BE32 order (instructions big-endian); swap
/// each ARM word and Thumb halfword to little-endian by the section's
/// mapping symbols.
static void swapCode(const InputSection &Sec, uint8_t *Out) {
  Sec.forEachCodeUnit(0, Sec.Data.size(), [&](uint64_t At, unsigned Unit) {
    std::reverse(Out + At, Out + At + Unit);
  });
}

/// Writes the executable in ELFT's byte order: ELF32LE, or ELF32BE for BE8
/// (big-endian headers and data, little-endian instructions).
template <class ELFT> class ExecutableWriter {
public:
  explicit ExecutableWriter(const LinkResult &R) : R(R) {}
  Error write(raw_ostream &OS);

private:
  const LinkResult &R;
  std::vector<uint8_t> File;
  std::vector<uint64_t> SectionOffset; // file offset per output section
  std::vector<Segment> Segments;
  using Shdr = typename ELFT::Shdr;
  using Sym = typename ELFT::Sym;
  std::vector<Shdr> Headers;
  std::vector<Sym> Symbols;
  StringTable StrTab, ShStrTab;
  unsigned FirstGlobal = 0;

  void planSegments(uint64_t Start);
  void copySectionData();
  void addSymbols();
  Error checkOutputSize(uint64_t HeadersEnd) const;
  void addNonAllocSections();
  void addSymbolTables();
  void writeElfHeader(size_t NumPhdrs, uint64_t ShOff, uint32_t ShStrIndex);
  void writeProgramHeader(size_t Index, uint32_t Type, uint64_t Offset,
                          uint64_t VAddr, uint64_t FileSize, uint64_t MemSize,
                          uint32_t Flags, uint32_t Align);
  uint32_t outputIndexOf(unsigned Obj, unsigned Sec) const;
  /// Each input section's output section header index, made on first use
  /// (a symbol table of an object with 60,000 sections asks 120,000 times).
  mutable std::map<std::pair<unsigned, unsigned>, uint32_t> OutputIndex;
  /// Each symbol's section index, whole: st_shndx holds SHN_XINDEX for
  /// one at or past SHN_LORESERVE, and .symtab_shndx the index.
  std::vector<typename ELFT::Word> ExtendedIndex;
  bool NeedsExtendedIndex = false;
  bool isWinningDefinition(unsigned Obj, const InputSymbol &S) const;
  uint64_t append(const void *Data, size_t Size, uint64_t Align);
  void addSectionHeader(const std::string &Name, uint32_t Type,
                        uint32_t Flags, uint64_t Addr, uint64_t Offset,
                        uint64_t Size, uint32_t Align, uint32_t Link = 0,
                        uint32_t Info = 0, uint32_t EntSize = 0);
};

static uint32_t segmentFlags(uint32_t SecFlags) {
  uint32_t F = PF_R;
  if (SecFlags & SHF_WRITE)
    F |= PF_W;
  if (SecFlags & SHF_EXECINSTR)
    F |= PF_X;
  return F;
}

template <class ELFT>
void ExecutableWriter<ELFT>::planSegments(uint64_t Start) {
  uint64_t Next = Start;
  const auto &Secs = R.Lay.Sections;
  SectionOffset.assign(Secs.size(), 0);
  for (size_t I = 0; I < Secs.size(); ++I) {
    const OutputSection &OS = Secs[I];
    bool NoBits = OS.Type == SHT_NOBITS;
    Segment *Cur = Segments.empty() ? nullptr : &Segments.back();
    bool Join = Cur && OS.Addr >= Cur->VAddr + Cur->MemSize &&
                OS.Addr - (Cur->VAddr + Cur->MemSize) < MaxGapInSegment;
    // A NOBITS section may end a segment but not sit inside one. When
    // something follows it closely, its zeros go into the file instead:
    // a second segment would map the same page from another file offset
    // and hide the first one's bytes.
    if (Join && Cur->MemSize != Cur->FileSize)
      Cur->FileSize = Cur->MemSize;
    if (Join) {
      uint64_t Delta = OS.Addr - Cur->VAddr;
      SectionOffset[I] = Cur->Offset + Delta;
      Cur->MemSize = Delta + OS.Size;
      if (!NoBits)
        Cur->FileSize = Delta + OS.Size;
      Cur->Flags |= segmentFlags(OS.Flags);
      continue;
    }
    if (Cur)
      Next = Cur->Offset + Cur->FileSize;
    Segment S;
    S.VAddr = OS.Addr;
    S.Offset = alignTo(Next, PageSize) + (OS.Addr % PageSize);
    S.MemSize = OS.Size;
    S.FileSize = NoBits ? 0 : OS.Size;
    S.Flags = segmentFlags(OS.Flags);
    SectionOffset[I] = S.Offset;
    Segments.push_back(S);
  }
}

template <class ELFT>
void ExecutableWriter<ELFT>::copySectionData() {
  for (size_t I = 0; I < R.Lay.Sections.size(); ++I) {
    const OutputSection &OS = R.Lay.Sections[I];
    if (OS.Type == SHT_NOBITS)
      continue;
    for (const InputSectionRef &In : OS.Inputs) {
      const InputSection &Sec = R.Objects[In.Object].Sections[In.Section];
      if (Sec.isNoBits() || Sec.Data.empty())
        continue;
      uint64_t Off = SectionOffset[I] + (In.Addr - OS.Addr);
      if (File.size() < Off + Sec.Data.size())
        File.resize(Off + Sec.Data.size());
      std::memcpy(File.data() + Off, Sec.Data.data(), Sec.Data.size());
      if (R.BigEndian && !R.Be32)
        swapCode(Sec, File.data() + Off);
    }
    uint64_t End = SectionOffset[I] + OS.Size;
    if (File.size() < End)
      File.resize(End);
  }
}

template <class ELFT>
uint64_t ExecutableWriter<ELFT>::append(const void *Data, size_t Size,
                                  uint64_t Align) {
  uint64_t Off = alignTo(File.size(), Align);
  File.resize(Off + Size);
  if (Size)
    std::memcpy(File.data() + Off, Data, Size);
  return Off;
}

template <class ELFT>
void ExecutableWriter<ELFT>::addSectionHeader(const std::string &Name,
                                        uint32_t Type, uint32_t Flags,
                                        uint64_t Addr, uint64_t Offset,
                                        uint64_t Size, uint32_t Align,
                                        uint32_t Link, uint32_t Info,
                                        uint32_t EntSize) {
  Shdr H;
  std::memset(&H, 0, sizeof(H));
  H.sh_name = ShStrTab.add(rawObjectName(Name));
  H.sh_type = Type;
  H.sh_flags = Flags;
  H.sh_addr = uint32_t(Addr);
  H.sh_offset = uint32_t(Offset);
  H.sh_size = uint32_t(Size);
  H.sh_addralign = Align;
  H.sh_link = Link;
  H.sh_info = Info;
  H.sh_entsize = EntSize;
  Headers.push_back(H);
}

template <class ELFT>
uint32_t ExecutableWriter<ELFT>::outputIndexOf(unsigned Obj,
                                               unsigned Sec) const {
  if (OutputIndex.empty()) {
    // The non-allocated sections' headers follow the allocated ones'; of
    // two claims on one input the first counts.
    for (size_t I = 0; I < R.Lay.Sections.size(); ++I)
      for (const InputSectionRef &In : R.Lay.Sections[I].Inputs)
        OutputIndex.try_emplace({In.Object, In.Section}, uint32_t(I + 1));
    for (size_t I = 0; I < R.Lay.NonAlloc.size(); ++I)
      for (const InputSectionRef &In : R.Lay.NonAlloc[I].Inputs)
        OutputIndex.try_emplace({In.Object, In.Section},
                                uint32_t(R.Lay.Sections.size() + I + 1));
  }
  auto It = OutputIndex.find({Obj, Sec});
  return It == OutputIndex.end() ? 0 : It->second;
}

/// Whether this global definition is the one the link resolved the name
/// to (false for a weak definition that lost to another).
template <class ELFT>
bool ExecutableWriter<ELFT>::isWinningDefinition(unsigned Obj,
                                           const InputSymbol &S) const {
  auto It = R.Globals.find(S.Name);
  if (It == R.Globals.end())
    return false;
  uint32_t Value = S.Type == STT_FUNC ? S.Value & ~1u : S.Value;
  if (S.isAbsolute())
    return It->second.Address == Value;
  auto Base = R.symbolBase(Obj, S.Shndx);
  return Base && It->second.Address == uint32_t(*Base + Value);
}

template <class ELFT>
void ExecutableWriter<ELFT>::addSymbols() {
  // Section: the output section's header index, or none for an absolute
  // symbol (SHN_ABS).
  auto Add = [&](const std::string &Name, uint32_t Value, uint8_t Bind,
                 uint8_t Type, std::optional<uint32_t> Section) {
    Sym S;
    std::memset(&S, 0, sizeof(S));
    S.st_name = StrTab.add(rawObjectName(Name));
    S.st_value = Value;
    S.setBindingAndType(Bind, Type);
    bool Extended = Section && *Section >= SHN_LORESERVE;
    S.st_shndx = !Section   ? uint16_t(SHN_ABS)
                 : Extended ? uint16_t(SHN_XINDEX)
                            : uint16_t(*Section);
    NeedsExtendedIndex |= Extended;
    Symbols.push_back(S);
    ExtendedIndex.emplace_back(Extended ? *Section : 0u);
  };
  Add("", 0, STB_LOCAL, STT_NOTYPE, 0u);

  for (int Pass = 0; Pass < 2; ++Pass) {
    bool Locals = Pass == 0;
    if (!Locals)
      FirstGlobal = unsigned(Symbols.size());
    for (unsigned O = 0; O < R.Objects.size(); ++O)
      for (const InputSymbol &S : R.Objects[O].Symbols) {
        bool IsLocal = S.Binding == STB_LOCAL;
        if (IsLocal != Locals || S.Name.empty() || S.isUndefined() ||
            S.Type == STT_SECTION || S.Type == STT_FILE)
          continue;
        if (!Locals && !isWinningDefinition(O, S))
          continue; // a weak definition that lost, or one not placed
        std::optional<uint32_t> Shndx; // absolute
        uint32_t Value = S.Value;
        if (!S.isAbsolute()) {
          auto Base = R.symbolBase(O, S.Shndx);
          if (!Base)
            continue;
          Shndx = outputIndexOf(O, S.Shndx);
          Value = uint32_t(*Base + S.Value);
        }
        Add(S.Name, Value, S.Binding, S.Type, Shndx);
      }
  }
  for (const auto &[Name, Addr] : R.Lay.Symbols)
    Add(Name, uint32_t(Addr), STB_GLOBAL, STT_NOTYPE, std::nullopt);
}

/// The file would not outgrow MaxOutputSize; an error says which part is
/// too large (far-apart segments, or non-allocated sections).
template <class ELFT>
Error ExecutableWriter<ELFT>::checkOutputSize(uint64_t HeadersEnd) const {
  uint64_t SegmentsEnd = HeadersEnd;
  for (const Segment &S : Segments)
    SegmentsEnd = std::max(SegmentsEnd, S.Offset + S.FileSize);
  uint64_t FileEnd = SegmentsEnd;
  for (const OutputSection &OS : R.Lay.NonAlloc)
    if (OS.Type != SHT_NOBITS)
      FileEnd += OS.Size + OS.Align;
  if (FileEnd <= MaxOutputSize)
    return Error::success();
  std::string Head = "error: the output would be 0x" + utohexstr(FileEnd) +
                     " bytes, more than the 0x" + utohexstr(MaxOutputSize) +
                     " relocheck writes";
  if (SegmentsEnd <= MaxOutputSize)
    return createStringError(
        inconvertibleErrorCode(),
        Head + ", and 0x" + utohexstr(FileEnd - SegmentsEnd) +
            " of them are non-allocated sections (debug information): "
            "their sizes or alignments are too large");
  return createStringError(inconvertibleErrorCode(),
                           Head + "; place far-apart sections with "
                                  "--section-start or -T, and keep NOBITS "
                                  "sections last");
}

/// The build attributes the output carries: those of the newest input
/// built for the link's architecture, else the link's own (what LLVM MC
/// writes for it, LinkResult::ArchAttributes), else the first input's.
/// Tools that read them (llvm-objdump) decode the image by them, so an
/// older input's would show the newer one's instructions (a veneer's
/// LDR.W, an ARM BLX) as unknown.
static const std::vector<uint8_t> *outputAttributes(const LinkResult &R) {
  const std::vector<uint8_t> *First = nullptr;
  // Of the sections built for the link's profile, the newest Tag_CPU_arch
  // (v5TE over v5T, which both link as armv5te): the image may hold
  // either's instructions, and tools decode it by these attributes.
  // Newest by Tag_CPU_arch, but a real-time profile (v7 'R', v8-R = 15)
  // ranks below the application one it links as (v8-R is no newer than
  // v8-A = 14: its image must not decode v8-A's AESE as unknown).
  // Of one Tag_CPU_arch, one with a profile ranks above one without (v7
  // cross-profile code beside v7-M code: the image is v7-M's).
  auto Rank = [](const CpuArchTags &T) {
    uint64_t Arch = T.Arch == 15 ? 14 : T.Arch;
    bool RealTime = T.Arch == 15 || T.Profile == 'R';
    return Arch * 4 + (RealTime ? 0 : T.Profile ? 2 : 1);
  };
  const std::vector<uint8_t> *Best = nullptr;
  uint64_t BestArch = 0;
  for (const InputObject &Obj : R.Objects)
    for (const std::vector<uint8_t> &Section : Obj.Attributes) {
      if (!First)
        First = &Section;
      auto Tags = readCpuArchTags(Section, Obj.BigEndian);
      if (!Tags)
        continue;
      auto Built = archForBuildAttributes(Tags->Arch, Tags->Profile);
      if (Built && Built->Name == R.Arch.Name &&
          (!Best || Rank(*Tags) > BestArch)) {
        Best = &Section;
        BestArch = Rank(*Tags);
      }
    }
  if (Best)
    return Best;
  return R.ArchAttributes.empty() ? First : &R.ArchAttributes;
}

/// Non-allocated sections (debug information): in the file only, at
/// sh_addr 0, in no segment; their bytes are data in either byte order.
/// Then the build attributes (outputAttributes).
template <class ELFT> void ExecutableWriter<ELFT>::addNonAllocSections() {
  for (const OutputSection &OS : R.Lay.NonAlloc) {
    if (OS.Type == SHT_NOBITS) { // no bytes in the file
      addSectionHeader(OS.Name, OS.Type, OS.Flags, 0, File.size(), OS.Size,
                       OS.Align);
      continue;
    }
    std::vector<uint8_t> Bytes(OS.Size, 0);
    for (const InputSectionRef &In : OS.Inputs) {
      const InputSection &Sec = R.Objects[In.Object].Sections[In.Section];
      size_t N = std::min<uint64_t>(Sec.Data.size(), OS.Size - In.Addr);
      std::copy_n(Sec.Data.begin(), N, Bytes.begin() + In.Addr);
    }
    uint64_t Off = append(Bytes.data(), Bytes.size(), OS.Align);
    addSectionHeader(OS.Name, OS.Type, OS.Flags, 0, Off, OS.Size, OS.Align);
  }
  if (const std::vector<uint8_t> *Attributes = outputAttributes(R)) {
    uint64_t Off = append(Attributes->data(), Attributes->size(), 1);
    addSectionHeader(".ARM.attributes", SHT_ARM_ATTRIBUTES, 0, 0, Off,
                     Attributes->size(), 1);
  }
}

/// .symtab and its .strtab, right after the sections.
template <class ELFT> void ExecutableWriter<ELFT>::addSymbolTables() {
  addSymbols();
  uint32_t SymTabIndex = uint32_t(Headers.size());
  uint64_t SymOff = append(Symbols.data(), Symbols.size() * sizeof(Sym), 4);
  addSectionHeader(".symtab", SHT_SYMTAB, 0, 0, SymOff,
                   Symbols.size() * sizeof(Sym), 4, SymTabIndex + 1,
                   FirstGlobal, sizeof(Sym));
  uint64_t StrOff = append(StrTab.Data.data(), StrTab.Data.size(), 1);
  addSectionHeader(".strtab", SHT_STRTAB, 0, 0, StrOff, StrTab.Data.size(),
                   1);
  if (!NeedsExtendedIndex)
    return;
  uint64_t XOff = append(ExtendedIndex.data(),
                         ExtendedIndex.size() * sizeof(ExtendedIndex[0]), 4);
  addSectionHeader(".symtab_shndx", SHT_SYMTAB_SHNDX, 0, 0, XOff,
                   ExtendedIndex.size() * sizeof(ExtendedIndex[0]), 4,
                   SymTabIndex, 0, sizeof(ExtendedIndex[0]));
}

template <class ELFT>
void ExecutableWriter<ELFT>::writeElfHeader(size_t NumPhdrs, uint64_t ShOff,
                                            uint32_t ShStrIndex) {
  typename ELFT::Ehdr H;
  std::memset(&H, 0, sizeof(H));
  std::memcpy(H.e_ident, ElfMagic, 4);
  H.e_ident[EI_CLASS] = ELFCLASS32;
  bool Big = ELFT::Endianness == llvm::endianness::big;
  H.e_ident[EI_DATA] = Big ? ELFDATA2MSB : ELFDATA2LSB;
  H.e_ident[EI_VERSION] = EV_CURRENT;
  H.e_type = ET_EXEC;
  H.e_machine = EM_ARM;
  H.e_version = EV_CURRENT;
  H.e_entry = R.Entry;
  H.e_phoff = sizeof(typename ELFT::Ehdr);
  H.e_shoff = uint32_t(ShOff);
  H.e_flags = EF_ARM_EABI_VER5 | (Big && !R.Be32 ? unsigned(EF_ARM_BE8) : 0u);
  H.e_ehsize = sizeof(typename ELFT::Ehdr);
  H.e_phentsize = sizeof(typename ELFT::Phdr);
  // Counts too large for the header's 16 bits are in section 0 (gABI
  // "Extended Section Indexes", "Program Header"): see write().
  H.e_phnum = uint16_t(NumPhdrs >= PN_XNUM ? size_t(PN_XNUM) : NumPhdrs);
  H.e_shentsize = sizeof(Shdr);
  H.e_shnum = uint16_t(Headers.size() >= SHN_LORESERVE ? 0 : Headers.size());
  H.e_shstrndx = uint16_t(ShStrIndex >= SHN_LORESERVE ? uint32_t(SHN_XINDEX)
                                                      : ShStrIndex);
  std::memcpy(File.data(), &H, sizeof(H));
}

/// The Index'th program header, in the table right after the ELF header.
template <class ELFT>
void ExecutableWriter<ELFT>::writeProgramHeader(
    size_t Index, uint32_t Type, uint64_t Offset, uint64_t VAddr,
    uint64_t FileSize, uint64_t MemSize, uint32_t Flags, uint32_t Align) {
  typename ELFT::Phdr P;
  std::memset(&P, 0, sizeof(P));
  P.p_type = Type;
  P.p_offset = uint32_t(Offset);
  P.p_vaddr = uint32_t(VAddr);
  P.p_paddr = uint32_t(VAddr);
  P.p_filesz = uint32_t(FileSize);
  P.p_memsz = uint32_t(MemSize);
  P.p_flags = Flags;
  P.p_align = Align;
  std::memcpy(File.data() + sizeof(typename ELFT::Ehdr) + Index * sizeof(P),
              &P, sizeof(P));
}

template <class ELFT>
Error ExecutableWriter<ELFT>::write(raw_ostream &OS) {
  const auto &Secs = R.Lay.Sections;
  size_t NumPhdrs = 0;
  {
    // Count segments first: the headers come before the first segment.
    ExecutableWriter Probe(R);
    Probe.planSegments(0);
    NumPhdrs = Probe.Segments.size();
  }
  // PT_ARM_EXIDX (AAELF32 "Program headers"): where an unwinder finds the
  // exception index table.
  auto Exidx = find_if(
      Secs, [](const OutputSection &S) { return S.Type == SHT_ARM_EXIDX; });
  if (Exidx != Secs.end())
    ++NumPhdrs;
  uint64_t HeadersEnd = sizeof(typename ELFT::Ehdr) +
                        NumPhdrs * sizeof(typename ELFT::Phdr);
  planSegments(HeadersEnd);
  if (Error E = checkOutputSize(HeadersEnd))
    return E;

  File.assign(HeadersEnd, 0);
  copySectionData();
  addSectionHeader("", SHT_NULL, 0, 0, 0, 0, 0);
  for (size_t I = 0; I < Secs.size(); ++I)
    addSectionHeader(Secs[I].Name, Secs[I].Type, Secs[I].Flags, Secs[I].Addr,
                     SectionOffset[I], Secs[I].Size, Secs[I].Align);
  addNonAllocSections();
  addSymbolTables();
  uint32_t ShStrIndex = uint32_t(Headers.size());
  addSectionHeader(".shstrtab", SHT_STRTAB, 0, 0, 0, 0, 1);
  uint64_t ShStrOff = append(ShStrTab.Data.data(), ShStrTab.Data.size(), 1);
  Headers.back().sh_offset = uint32_t(ShStrOff);
  Headers.back().sh_size = uint32_t(ShStrTab.Data.size());
  // Section 0 holds what the ELF header's 16-bit fields cannot (gABI):
  // the section count in sh_size, the .shstrtab index in sh_link, the
  // program header count in sh_info. writeElfHeader writes the escapes.
  if (Headers.size() >= SHN_LORESERVE)
    Headers[0].sh_size = uint32_t(Headers.size());
  if (ShStrIndex >= SHN_LORESERVE)
    Headers[0].sh_link = ShStrIndex;
  if (NumPhdrs >= PN_XNUM)
    Headers[0].sh_info = uint32_t(NumPhdrs);
  uint64_t ShOff = append(Headers.data(), Headers.size() * sizeof(Shdr), 4);

  writeElfHeader(NumPhdrs, ShOff, ShStrIndex);
  for (size_t I = 0; I < Segments.size(); ++I) {
    const Segment &S = Segments[I];
    writeProgramHeader(I, PT_LOAD, S.Offset, S.VAddr, S.FileSize, S.MemSize,
                       S.Flags, PageSize);
  }
  if (Exidx != Secs.end())
    writeProgramHeader(Segments.size(), PT_ARM_EXIDX,
                       SectionOffset[Exidx - Secs.begin()], Exidx->Addr,
                       Exidx->Size, Exidx->Size, PF_R, 4);
  OS.write(reinterpret_cast<const char *>(File.data()), File.size());
  return Error::success();
}

} // namespace

std::vector<std::pair<uint64_t, uint64_t>> segmentRanges(const Layout &L) {
  std::vector<std::pair<uint64_t, uint64_t>> Out;
  for (const OutputSection &OS : L.Sections) {
    uint64_t End = OS.Addr + OS.Size;
    if (!Out.empty() && OS.Addr >= Out.back().second &&
        OS.Addr - Out.back().second < MaxGapInSegment) {
      Out.back().second = End;
      continue;
    }
    Out.push_back({OS.Addr, End});
  }
  return Out;
}

Error writeExecutable(const LinkResult &R, raw_ostream &OS) {
  if (!R.ok())
    return createStringError(inconvertibleErrorCode(),
                             "error: the link failed; no output written");
  if (R.BigEndian)
    return ExecutableWriter<llvm::object::ELF32BE>(R).write(OS);
  return ExecutableWriter<llvm::object::ELF32LE>(R).write(OS);
}

} // namespace relocheck
