#include "cli/json_documents.h"

namespace vanban::cli {

std::string json_document(const Analysis& a, JsonPlacement placement, WriteJson write) {
  std::string out;
  if (placement == JsonPlacement::OneLine) {
    JsonWriter w(out);
    write(w, a);
    w.finish();
  } else {
    const bool nested = placement == JsonPlacement::InArray;
    if (nested) out = "  ";
    JsonWriter w(out, 2, nested ? 1 : 0);
    write(w, a);
    w.finish();
  }
  if (placement != JsonPlacement::InArray) out += '\n';
  return out;
}

}  // namespace vanban::cli
