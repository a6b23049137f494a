// How text looks on a terminal: display widths (for caret lines and aligned tables) and the
// clean-up of characters that must never reach a terminal raw.
//
//   size_t w = vanban::display_width("Chỉ thị");          // 7: one column per letter
//   std::string safe = vanban::terminal_safe(line);       // ESC, BEL… become U+FFFD
//
// Widths follow what terminals do: combining marks and zero-width characters take no column,
// East Asian wide and fullwidth characters take two, a tab is left to the caller.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace vanban {

// Columns one code point takes on a terminal: 0, 1 or 2.
int display_width(char32_t cp);
// Columns a UTF-8 string takes (tabs count as one).
size_t display_width(std::string_view utf8);
// The text with control characters other than tab (C0, DEL, C1) replaced by U+FFFD, so that a
// hostile file cannot send escape sequences to the reader's terminal. Keeps the code-point
// count, so columns stay right.
std::string terminal_safe(std::string_view utf8);

}  // namespace vanban
