# Run at every build (cmake -P): writes OUT, a header with the checkout's
# commit (git describe --always --dirty), only when it changed, so that
# `relocheck --version` names the source a binary was built from.
execute_process(
  COMMAND git -C "${SRC}" describe --always --dirty --abbrev=12
  OUTPUT_VARIABLE Describe OUTPUT_STRIP_TRAILING_WHITESPACE
  ERROR_QUIET RESULT_VARIABLE Failed)
if(Failed OR Describe STREQUAL "")
  set(Describe "unknown (not built from a git checkout)")
endif()
set(Text "#define RELOCHECK_SOURCE_VERSION \"${Describe}\"\n")
if(EXISTS "${OUT}")
  file(READ "${OUT}" Old)
endif()
if(NOT Old STREQUAL Text)
  file(WRITE "${OUT}" "${Text}")
endif()
