#!/usr/bin/env python3
"""The script a user would write instead of vanban: regular expressions over each line.

    tools/naive_extract.py FILE… > out.jsonl

For each file it prints one JSON line with the citations (type, number and symbol, date, issuer
after "của"), the dates and the numbers it finds. No layout reconstruction, no footnotes, no
checks: it is the floor tools/bench compares vanban's speed with, not a reference for results.
"""
import json
import re
import sys

TYPES = (r"Luật|Bộ luật|Pháp lệnh|Nghị quyết|Nghị định|Quyết định|Chỉ thị|Thông tư liên tịch|"
         r"Thông tư|Kết luận|Kế hoạch|Quy định|Hướng dẫn|Công văn|Thông báo|Báo cáo|Hiến pháp")
CITATION = re.compile(
    r"(?P<type>" + TYPES + r")\s+(?:số\s+)?"
    r"(?P<code>\d+(?:/\d{4})?[-/][A-ZĐ][A-ZĐa-z0-9\-/]*)"
    r"(?:\s+ngày\s+(?P<date>\d{1,2}[/-]\d{1,2}[/-]\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?"
    r"(?:\s+của\s+(?P<issuer>[^,.;()]{3,80}))?")
DATE = re.compile(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{4})\b|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})")
NUMBER = re.compile(r"(?<![\w/.,-])\d{1,3}(?:\.\d{3})+(?:,\d+)?%?|(?<![\w/.,-])\d+(?:,\d+)?%?(?![\w/-])")


def parse_number(text):
    percent = text.endswith("%")
    digits = text.rstrip("%").replace(".", "").replace(",", ".")
    return {"text": text, "value": float(digits), "percent": percent}


def extract(path):
    citations, dates, numbers = [], [], []
    with open(path, encoding="utf-8", errors="replace") as f:
        for line_no, line in enumerate(f, 1):
            for m in CITATION.finditer(line):
                citations.append({"line": line_no, "type": m["type"], "code": m["code"],
                                  "date": m["date"], "issuer": (m["issuer"] or "").strip() or None})
            for m in DATE.finditer(line):
                d, mo, y = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
                dates.append({"line": line_no, "date": f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"})
            for m in NUMBER.finditer(line):
                numbers.append({"line": line_no, **parse_number(m.group(0))})
    return {"source": {"path": path}, "citations": citations, "dates": dates, "numbers": numbers}


def main(paths):
    out = sys.stdout
    for path in paths:
        out.write(json.dumps(extract(path), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
