#include "core/warm_up.h"

namespace vanban {
namespace {

// A plan of a provincial committee, as short as it can be while reaching every lazily built
// table: the header's number and its place and date, party, state and normative citations,
// dates, figures with units and a percentage of them (tests/core/warm_up_test.cpp checks it).
constexpr std::string_view kSample =
    "ỦY BAN NHÂN DÂN\n"
    "TỈNH KON TUM\n"
    "Số: 12/KH-UBND\n"
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\n"
    "Kon Tum, ngày 05 tháng 3 năm 2020\n"
    "\n"
    "KẾ HOẠCH\n"
    "Thực hiện Chỉ thị số 24-CT/TU ngày 27/02/2018 của Ban Thường vụ Tỉnh ủy\n"
    "\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n"
    "1. Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ và Kế hoạch số "
    "33/KH-UBND, toàn tỉnh có 192.240 người, trong đó 63.439 người chiếm 33,3%.\n";

}  // namespace

Analysis warm_up() { return analyze_text(kSample); }

}  // namespace vanban
