// What normalization gave for short segments met before (text/mapped_text.cpp keeps one per
// thread): a segment's normalized form depends on its bytes alone, so one remembered is exact.
//
//   vanban::SegmentMemo memo;
//   if (seg.size() > SegmentMemo::kMaxBytes || !memo.recall(seg, out)) {
//     const size_t start = out.size();
//     normalize(seg, out);                                    // appends
//     if (seg.size() <= SegmentMemo::kMaxBytes) memo.remember(seg, std::string_view(out).substr(start));
//   }
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace vanban {

// Decomposed Vietnamese text repeats a few dozen pairs of a letter and a mark thousands of
// times, and each would cost a call to ICU. Direct-mapped, 1,024 slots (24 KB): a new segment
// takes its slot.
class SegmentMemo {
 public:
  static constexpr size_t kMaxBytes = 8, kMaxResult = 14;
  // Appends the remembered form of seg (seg.size() <= kMaxBytes) to out; false if none.
  bool recall(std::string_view seg, std::string& out) const {
    const Entry& e = slots_[slot(seg)];
    if (e.segment_size != seg.size() || e.segment != key(seg)) return false;
    out.append(e.result, e.result_size);
    return true;
  }
  void remember(std::string_view seg, std::string_view result) {
    if (result.size() > kMaxResult) return;
    Entry& e = slots_[slot(seg)];
    e.segment = key(seg);
    e.segment_size = static_cast<uint8_t>(seg.size());
    e.result_size = static_cast<uint8_t>(result.size());
    std::memcpy(e.result, result.data(), result.size());
  }

 private:
  struct Entry {
    uint64_t segment;      // its bytes, zero-padded
    uint8_t segment_size;  // 0: an empty slot (a segment has a code point at least)
    uint8_t result_size;
    char result[kMaxResult];
  };
  static uint64_t key(std::string_view seg) {
    uint64_t k = 0;
    std::memcpy(&k, seg.data(), seg.size());
    return k;
  }
  // The bytes that tell letters apart sit high in the key: fold them down before multiplying.
  static size_t slot(std::string_view seg) {
    const uint64_t k = key(seg) + seg.size();
    return ((k ^ (k >> 29)) * 0x9E3779B97F4A7C15ULL) >> (64 - kSlotBits);
  }
  static constexpr unsigned kSlotBits = 10;
  Entry slots_[size_t{1} << kSlotBits] = {};  // all empty
};

}  // namespace vanban
