// Factories of every rule (one per file in src/check/). The list is check/rules.def.
#pragma once
#include "check/rule.h"

namespace vanban {
#define VANBAN_RULE(factory) const Rule& factory();
#include "check/rules.def"
#undef VANBAN_RULE
}  // namespace vanban
