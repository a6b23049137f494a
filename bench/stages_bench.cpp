// One benchmark per hot stage, each over the whole input (bench_input.h), reported in bytes of
// original text per second so the stages add up against the 50 MB/s target of the pipeline.
#include <benchmark/benchmark.h>

#include "bench_input.h"
#include "check/rule.h"
#include "check/syllables.h"
#include "check/text_repeats.h"
#include "report/json.h"
#include "report/json_text.h"
#include "text/fold.h"

namespace vanban::bench {
namespace {

void count_bytes(benchmark::State& state) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * total_bytes()));
}

void BM_Decode(benchmark::State& state) {
  for (auto _ : state)
    for (const std::string& d : documents()) benchmark::DoNotOptimize(load_bytes("bench", d, {}));
  count_bytes(state);
}
BENCHMARK(BM_Decode)->Unit(benchmark::kMillisecond);

void BM_Normalize(benchmark::State& state) {
  for (auto _ : state)
    for (const SourceText& s : sources())
      for (size_t i = 1; i <= s.line_count(); ++i) benchmark::DoNotOptimize(normalize_line(s.line(i)));
  count_bytes(state);
}
BENCHMARK(BM_Normalize)->Unit(benchmark::kMillisecond);

void BM_Layout(benchmark::State& state) {
  for (auto _ : state)
    for (const SourceText& s : sources()) benchmark::DoNotOptimize(reconstruct(s));
  count_bytes(state);
}
BENCHMARK(BM_Layout)->Unit(benchmark::kMillisecond);

void BM_Fold(benchmark::State& state) {
  for (auto _ : state)
    for (const Analysis& a : analyses())
      for (const Paragraph& p : a.layout.paragraphs) benchmark::DoNotOptimize(fold(a.layout.slice(p.span)));
  count_bytes(state);
}
BENCHMARK(BM_Fold)->Unit(benchmark::kMillisecond);

void BM_Structure(benchmark::State& state) {
  for (auto _ : state)
    for (const Analysis& a : analyses()) benchmark::DoNotOptimize(analyze_structure(a.layout));
  count_bytes(state);
}
BENCHMARK(BM_Structure)->Unit(benchmark::kMillisecond);

void BM_Citations(benchmark::State& state) {
  for (auto _ : state)
    for (const Analysis& a : analyses()) benchmark::DoNotOptimize(extract_citations(a.layout));
  count_bytes(state);
}
BENCHMARK(BM_Citations)->Unit(benchmark::kMillisecond);

void BM_Dates(benchmark::State& state) {
  for (auto _ : state)
    for (const Analysis& a : analyses()) benchmark::DoNotOptimize(find_dates(a.layout.text.text()));
  count_bytes(state);
}
BENCHMARK(BM_Dates)->Unit(benchmark::kMillisecond);

void BM_Numbers(benchmark::State& state) {
  for (auto _ : state)
    for (const Analysis& a : analyses()) {
      auto qs = find_quantities(a.layout, a.structure, a.citations, a.dates);
      benchmark::DoNotOptimize(find_relations(a.layout, qs));
    }
  count_bytes(state);
}
BENCHMARK(BM_Numbers)->Unit(benchmark::kMillisecond);

void BM_Checks(benchmark::State& state) {
  const Options options;
  for (auto _ : state)
    for (const Analysis& a : analyses()) {
      std::vector<Finding> findings;
      for (const Rule* rule : all_rules())
        if (rule_enabled(rule->info().id, options)) rule->run(a, options, findings);
      benchmark::DoNotOptimize(findings);
    }
  count_bytes(state);
}
BENCHMARK(BM_Checks)->Unit(benchmark::kMillisecond);

// What the CLI does (report/json_text.h): the text written directly, indent 2. The analyses
// are made before the timed loop: the first benchmark to ask for them would otherwise pay.
void BM_Json(benchmark::State& state) {
  const std::vector<Analysis>& docs = analyses();
  for (auto _ : state)
    for (const Analysis& a : docs) benchmark::DoNotOptimize(analysis_json_text(a, 2));
  count_bytes(state);
}
BENCHMARK(BM_Json)->Unit(benchmark::kMillisecond);

// The library's tree (report/json.h) then dumped: what the CLI did before the writer.
void BM_JsonTree(benchmark::State& state) {
  const std::vector<Analysis>& docs = analyses();
  for (auto _ : state)
    for (const Analysis& a : docs) benchmark::DoNotOptimize(to_json(a).dump(2));
  count_bytes(state);
}
BENCHMARK(BM_JsonTree)->Unit(benchmark::kMillisecond);

// The syllable reader alone, 32 syllables a call as the repeat finder asks, over the laid-out
// texts; then the repeat finder it feeds.
void BM_Syllables(benchmark::State& state) {
  for (auto _ : state)
    for (const Analysis& a : analyses()) {
      SyllableReader reader(a.layout.text.text());
      Syllable slots[32];
      while (reader.read(slots, 32) == 32) benchmark::DoNotOptimize(slots);
    }
  count_bytes(state);
}
BENCHMARK(BM_Syllables)->Unit(benchmark::kMillisecond);

void BM_Repeats(benchmark::State& state) {
  for (auto _ : state)
    for (const Analysis& a : analyses()) benchmark::DoNotOptimize(find_repeats(a.layout.text.text()));
  count_bytes(state);
}
BENCHMARK(BM_Repeats)->Unit(benchmark::kMillisecond);

void BM_Analyze(benchmark::State& state) {
  for (auto _ : state)
    for (const SourceText& s : sources()) benchmark::DoNotOptimize(analyze(s, {}));
  count_bytes(state);
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

// Each rule on its own, so a slow one stands out: BM_Rule/<id>.
void run_one_rule(benchmark::State& state, const Rule* rule) {
  const Options options;
  for (auto _ : state)
    for (const Analysis& a : analyses()) {
      std::vector<Finding> findings;
      rule->run(a, options, findings);
      benchmark::DoNotOptimize(findings);
    }
  count_bytes(state);
}

const bool rules_registered = [] {
  for (const Rule* rule : all_rules())
    benchmark::RegisterBenchmark(("BM_Rule/" + rule->info().id).c_str(), run_one_rule, rule)
        ->Unit(benchmark::kMillisecond);
  return true;
}();

}  // namespace
}  // namespace vanban::bench

BENCHMARK_MAIN();
