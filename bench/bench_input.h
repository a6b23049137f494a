// The documents every micro-benchmark runs over, read once.
//
//   for (const std::string& bytes : vanban::bench::documents()) …   // raw file contents
//   state.SetBytesProcessed(state.iterations() * vanban::bench::total_bytes());
//
// VANBAN_BENCH_INPUT names files or folders (colon-separated; a folder gives its *.txt files);
// the default is the project's corpus/ (the seed report). For figures on the Bộ Pháp điển, point
// it at the unpacked texts: VANBAN_BENCH_INPUT=/tmp/pd/text (capped by VANBAN_BENCH_MAX_MB,
// default 16, so one iteration stays short).
#pragma once
#include <string>
#include <vector>

#include "core/analysis.h"

namespace vanban::bench {

const std::vector<std::string>& documents();
size_t total_bytes();
// The documents decoded (load_bytes), and each one fully analysed.
const std::vector<SourceText>& sources();
const std::vector<Analysis>& analyses();

}  // namespace vanban::bench
