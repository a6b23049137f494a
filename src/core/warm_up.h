// Builds ahead of time what the first analysis in a process would otherwise build on its way:
// the lexicons (parsed from their JSON), the header patterns (RE2 programs over Unicode
// letter classes, about 10 ms), the character tables, the hash implementation. About 15 ms in
// all, that the first document would wait for; a batch runs it on a spare thread while its
// workers read their first files, so that none of them waits (tools/bench: with one job, the
// second core is otherwise idle).
//
//   std::thread warm([] { vanban::warm_up(); });
//   … analyze files on other threads; each static is built once, whoever asks first …
//   warm.join();
//
// It analyses a short built-in document that passes through every stage (a header with
// number, place and date, citations, figures and a percentage) and returns that analysis,
// so that a test can check the sample still reaches what it is meant to warm.
#pragma once
#include "core/analysis.h"

namespace vanban {

Analysis warm_up();

}  // namespace vanban
