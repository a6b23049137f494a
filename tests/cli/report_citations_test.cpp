// Citation rows as a table, as CSV, and grouped by cited document, on rows made by hand.
#include <catch2/catch.hpp>

#include "report/citation_groups.h"
#include "report/citations.h"

namespace {

vanban::CitationRow row(std::string file, uint32_t line, uint32_t column, std::string date) {
  vanban::CitationRow r;
  r.file = std::move(file);
  r.line = line;
  r.column = column;
  r.end_line = line;
  r.end_column = column + 18;
  r.type = "Chỉ thị";
  r.code = "24-CT/TU";
  r.number = "24";
  r.date = std::move(date);
  r.issuer = "Ban Thường vụ Tỉnh ủy";
  r.key = "24-CT/TU";
  r.text = "Chỉ thị số 24-CT/TU";
  r.format = "party";
  return r;
}

vanban::CitationRow named_law() {
  vanban::CitationRow r;
  r.file = "a.txt";
  r.line = 2;
  r.column = 3;
  r.end_line = 2;
  r.end_column = 20;
  r.type = "Luật";
  r.name = "tiếp công dân";
  r.key = "tiếp công dân";
  r.text = "Luật tiếp công dân";
  r.format = "named";
  return r;
}

}  // namespace

TEST_CASE("cites table: columns aligned as the terminal shows them") {
  // Widths: file 5, line 4, column 6, type 7 (“Chỉ thị”), code 13 (the name stands in for a
  // missing code), number 6, date 10, issuer 21, key 13; two spaces between; text unpadded.
  const std::string expected =
      "file   line  column  type     code           number  date        issuer                 key            text\n"
      "a.txt  1     11      Chỉ thị  24-CT/TU       24      2018-02-27  Ban Thường vụ Tỉnh ủy  24-CT/TU       Chỉ thị số 24-CT/TU\n"
      "a.txt  2     3       Luật     tiếp công dân  -       -           -                      tiếp công dân  Luật tiếp công dân\n";
  CHECK(vanban::citations_table({row("a.txt", 1, 11, "2018-02-27"), named_law()}) == expected);
  CHECK(vanban::citations_table({}).empty());
}

TEST_CASE("cites csv: the columns of the brief, then the extra ones") {
  CHECK(vanban::citations_csv_header() ==
        "file,line,column,type,code,number,date,issuer,key,text,end_line,end_column,name,format,title\r\n");
  vanban::CitationRow r = row("kho/a.txt", 1, 11, "2018-02-27");
  r.title = "về tăng cường, đổi mới";
  CHECK(vanban::citation_csv(r) ==
        "kho/a.txt,1,11,Chỉ thị,24-CT/TU,24,2018-02-27,Ban Thường vụ Tỉnh ủy,24-CT/TU,Chỉ thị số 24-CT/TU,1,29,,party,"
        "\"về tăng cường, đổi mới\"\r\n");
}

TEST_CASE("cites --group: mentions of one document across files, disagreements counted") {
  vanban::CitationIndex index;
  index.add({row("a.txt", 1, 11, "2018-02-27"), named_law()});
  index.add({row("b.txt", 5, 1, "2018-02-28"), row("b.txt", 9, 4, "2018-02-27")});
  REQUIRE(index.size() == 2);
  CHECK(index.text() ==
        "24-CT/TU · Chỉ thị · 3 lần dẫn, 2 tệp\n"
        "  ngày ban hành: 2018-02-27 (2), 2018-02-28 (1)\n"
        "  cơ quan ban hành: Ban Thường vụ Tỉnh ủy\n"
        "  a.txt:1:11  Chỉ thị số 24-CT/TU\n"
        "  b.txt:5:1  Chỉ thị số 24-CT/TU\n"
        "  b.txt:9:4  Chỉ thị số 24-CT/TU\n"
        "\n"
        "tiếp công dân · Luật · 1 lần dẫn, 1 tệp\n"
        "  a.txt:2:3  Luật tiếp công dân\n"
        "\n");
  const nlohmann::json j = index.json();
  REQUIRE(j.size() == 2);
  CHECK(j[0]["key"] == "24-CT/TU");
  CHECK(j[0]["mentions"] == 3);
  CHECK(j[0]["files"] == 2);
  CHECK(j[0]["dates"] == nlohmann::json::parse(R"([{"value":"2018-02-27","count":2},{"value":"2018-02-28","count":1}])"));
  CHECK(j[0]["citations"][1]["file"] == "b.txt");
  CHECK(j[1]["code"].is_null());
  CHECK(j[1]["name"] == "tiếp công dân");
  CHECK(index.csv() ==
        "key,code,name,mentions,files,types,dates,issuers,first_file,first_line\r\n"
        "24-CT/TU,24-CT/TU,,3,2,Chỉ thị,\"2018-02-27 (2), 2018-02-28 (1)\",Ban Thường vụ Tỉnh ủy,a.txt,1\r\n"
        "tiếp công dân,,tiếp công dân,1,1,Luật,,,a.txt,2\r\n");
  CHECK(index.jsonl() == j[0].dump() + "\n" + j[1].dump() + "\n");
}
