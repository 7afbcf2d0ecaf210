#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses (clang, ASan + UBSan, in build-fuzz/) and runs them.
#
#   tests/fuzz/run.sh HARNESS|all [SECONDS] [libFuzzer flags...]
#   tests/fuzz/run.sh fuzz_sheetreader 600 -max_len=65536
#
# HARNESS is fuzz_valueparsers, fuzz_sheetreader, fuzz_gpkggeometry or fuzz_tiledecode; SECONDS
# (default 60) is per harness. The seed corpus in tests/fuzz/corpus/HARNESS is only read: what the
# fuzzer learns goes to build-fuzz/fuzz/corpus/HARNESS and is reused by the next run. A crash or a
# broken contract stops the run with its input in build-fuzz/fuzz/artifacts/HARNESS/ and a non-zero
# exit; replay it with build-fuzz/tests/fuzz/HARNESS FILE.
# Environment: CXX (default clang++-14), FUZZ_BUILD_DIR (default build-fuzz), FUZZ_VERBOSE=1 shows
# the Qt and GDAL messages the harnesses normally silence.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
build="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
all=(fuzz_valueparsers fuzz_sheetreader fuzz_gpkggeometry fuzz_tiledecode)

if [ $# -lt 1 ] || [ "$1" = "-h" ] || [ "$1" = "--help" ]; then
  sed -n '3,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'
  exit 1
fi
which="$1"
seconds="${2:-60}"
shift $(($# >= 2 ? 2 : 1))
case "$seconds" in
  '' | *[!0-9]* | 0) echo "SECONDS must be a positive number, not $seconds" >&2; exit 1 ;;
esac
harnesses=()
for harness in "${all[@]}"; do
  if [ "$which" = all ] || [ "$which" = "$harness" ]; then harnesses+=("$harness"); fi
done
if [ ${#harnesses[@]} -eq 0 ]; then
  echo "unknown harness $which; the harnesses are: ${all[*]}" >&2
  exit 1
fi

if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
  CXX="${CXX:-clang++-14}" cmake -S "$root" -B "$build" -G Ninja -DINVESTATLAS_FUZZ=ON \
    "${launcher[@]}"
fi
nice cmake --build "$build" --target fuzzers

# UBSan aborts on the first report (-fno-sanitize-recover), with a stack.
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
for harness in "${harnesses[@]}"; do
  work="$build/fuzz/corpus/$harness"
  artifacts="$build/fuzz/artifacts/$harness"
  mkdir -p "$work" "$artifacts"
  flags=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1
         -artifact_prefix="$artifacts/")
  dict="$root/tests/fuzz/dict/$harness.dict"
  if [ -f "$dict" ]; then flags+=(-dict="$dict"); fi
  echo "== $harness: $seconds s"
  nice "$build/tests/fuzz/$harness" "${flags[@]}" "$@" "$work" "$root/tests/fuzz/corpus/$harness"
done
