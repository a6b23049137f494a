// Old-style tone placement folds to the new style for matching; case folds too.
#include <catch2/catch.hpp>

#include "text/fold.h"
#include "text/vn_word.h"

TEST_CASE("old and new tone placement fold to the same key") {
  CHECK(vanban::fold("hoà") == vanban::fold("hòa"));
  CHECK(vanban::fold("Tỉnh uỷ") == vanban::fold("tỉnh ủy"));
  CHECK(vanban::fold("thuý") == vanban::fold("thúy"));
  CHECK(vanban::fold("khoẻ") == vanban::fold("khỏe"));
  CHECK(vanban::fold("HOÀ BÌNH") == vanban::fold("hòa bình"));
  CHECK(vanban::fold("hoà") == "hòa");
}

TEST_CASE("folding leaves syllables that are not old-style alone") {
  CHECK(vanban::fold("hoàn thành") == "hoàn thành");  // the tone of "hoàn" is where it belongs
  CHECK(vanban::fold("quý") == "quý");                // "qu" is a consonant: quý is standard
  CHECK(vanban::fold("Đảng") == "đảng");
  CHECK(vanban::fold("24-CT/TU") == "24-ct/tu");
}

TEST_CASE("collapse_spaces: runs of white space, line breaks included, read as one space") {
  CHECK(vanban::collapse_spaces("Ban Thường vụ\n  Tỉnh ủy") == "Ban Thường vụ Tỉnh ủy");
  CHECK(vanban::collapse_spaces(" \t Bộ Tài chính \r\n") == "Bộ Tài chính");
  CHECK(vanban::collapse_spaces("") == "");
  CHECK(vanban::collapse_spaces(" \n ") == "");
}
