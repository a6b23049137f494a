// Builds ahead of time what the first analysis in a process would otherwise build on its way:
// the lexicons (parsed from their JSON), the character tables, the hash implementation. The
// first document would wait for them; a batch builds them on a spare thread while its workers
// read their first files, so that none of them waits (tools/bench: with one job, the second
// core is otherwise idle). The header's number and date are read by hand-written scanners
// (structure/header_fields.h), not by RE2 programs over Unicode letter classes, which took
// another 7 ms to build here.
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
