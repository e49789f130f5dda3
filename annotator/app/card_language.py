"""The dataset card and the loss report in Vietnamese or English (`--card-language`).

The English text stays where it is used; `say(text, language)` returns its
Vietnamese form from the table below, in the terms of the glossary
(CONTEXT.md). A text missing from the table comes out in English, and a test
checks that every text the card and the report use is in it.
"""

from __future__ import annotations

CARD_LANGUAGES = ("en", "vi")

VI: dict[str, str] = {
    # loss report: kinds of loss (export_report.KINDS)
    "nested or overlapping spans dropped by the overlap policy": "chú thích lồng nhau hoặc chồng lấn bị bỏ theo cách xử lý chồng lấn",
    "spans that do not line up with tokens (they would cut a word) and were left out": "chú thích không khớp ranh giới token (sẽ cắt đôi một từ) nên bị bỏ",
    "spans inside skipped regions": "chú thích nằm trong các vùng bị lược bỏ",
    "relations left out (the format has no relations, or a span of theirs was dropped)": "quan hệ bị bỏ (định dạng không có quan hệ, hoặc một đầu của quan hệ đã bị bỏ)",
    "documents with no text left to export": "tài liệu không còn văn bản để xuất",
    "documents without the chosen annotation layer (not curated), left out": "tài liệu không có lớp chú thích đã chọn (chưa hiệu đính), bị bỏ",
    "pending suggestions (spans and relations) not exported": "gợi ý đang chờ duyệt (chú thích và quan hệ) không được xuất",
    "spans whose edge fell inside a word: the word was split there (span kept whole)": "chú thích có biên nằm giữa một từ: từ được tách tại đó (giữ nguyên chú thích)",
    "document sources written from the folder they were imported from (the full path stays in the project)": "nguồn tài liệu được ghi tính từ thư mục đã nhập (đường dẫn đầy đủ chỉ giữ trong dự án)",
    "document sources written as the file name only: the full path names your folders and the import folder is not known (it stays in the project)": "nguồn tài liệu chỉ ghi tên tệp: đường dẫn đầy đủ lộ tên các thư mục của bạn và không rõ thư mục đã nhập (đường dẫn vẫn giữ trong dự án)",
    "document sources written as full paths, as asked (they name your folders)": "nguồn tài liệu được ghi bằng đường dẫn đầy đủ theo yêu cầu (lộ tên các thư mục của bạn)",
    "spans across a paragraph break, or a sentence break of the source: the two went out as one block": "chú thích vắt qua chỗ ngắt đoạn hoặc ngắt câu của nguồn: hai phần được xuất thành một khối",
    "spans across a line break, written in one tag: a VLSP 2018 reader (this program's too) leaves such a tag out": "chú thích vắt qua chỗ xuống dòng, được ghi trong một thẻ: trình đọc VLSP 2018 (kể cả của chương trình này) bỏ qua thẻ như vậy",
    "documents that came without tokens of their own, written in syllables": "tài liệu không có token riêng, được ghi theo âm tiết",
    "documents whose stored source tokens do not fit their text (the file was edited or copied), written in syllables": "tài liệu có token nguồn đã lưu không khớp với văn bản (tệp đã bị sửa hoặc sao chép), được ghi theo âm tiết",
    "label or relation-type names the format cannot hold as they are, written as shown": "tên nhãn hoặc loại quan hệ định dạng không giữ nguyên được, được ghi như sau",
    # loss report: lines
    "Nothing is lost: every selected span and relation is exported.": "Không mất gì: mọi chú thích và quan hệ đã chọn đều được xuất.",
    "e.g.": "ví dụ",
    "document": "tài liệu",
    "{name} is written {written}": "{name} được ghi là {written}",
    "skipped regions cut from the text: {kinds}": "vùng bị lược khỏi văn bản: {kinds}",
    # dataset card
    "Vietnamese political news annotated with people, roles, organisations, places, events, dates and documents. Format: **{format}**.": "Tin chính trị tiếng Việt được chú thích người, chức vụ, tổ chức, địa danh, sự kiện, thời gian và văn bản. Định dạng: **{format}**.",
    "exported: {when}": "xuất lúc: {when}",
    "tool: annotator {version}": "công cụ: annotator {version}",
    "annotators: {names}": "người chú thích: {names}",
    "none recorded": "không ghi nhận",
    "files: {files}": "tệp: {files}",
    "Counts": "Số lượng",
    "split": "phần",
    "documents": "tài liệu",
    "relations": "quan hệ",
    "Options": "Tùy chọn",
    "Schema": "Bộ nhãn",
    "What was lost": "Những gì bị mất",
    # every format at once (exporting.bundle): LOSS_REPORT.md
    "Loss report of every format": "Báo cáo mất mát của mọi định dạng",
    "documents: {counts}": "tài liệu: {counts}",
    "not written: {reason}": "không ghi: {reason}",
    # dataset card: the annotation layer (team.layers.layer_card)
    "Annotation layer": "Lớp chú thích",
    "layer: {what}": "lớp: {what}",
    "the curated layer where a document has one; elsewhere every annotator's spans": "lớp đã hiệu đính nếu tài liệu có; nơi khác là chú thích của mọi người chú thích",
    "the curated layer (documents without one are left out)": "lớp đã hiệu đính (tài liệu chưa có bị bỏ)",
    "majority vote: spans more than half of a document's annotators made (those with spans there and those who marked it done)": "biểu quyết theo đa số: chú thích do hơn một nửa số người chú thích của tài liệu tạo (người có chú thích ở đó và người đã đánh dấu xong)",
    "the layer of {names}": "lớp của {names}",
    "agreement: one annotator's layer only; no agreement figures": "độ đồng thuận: chỉ có lớp của một người chú thích; không có số liệu đồng thuận",
    "agreement: not computed ({reason})": "độ đồng thuận: không tính được ({reason})",
    "agreement over the {documents} exported documents that several annotators finished: span F1 {f1}, Fleiss' kappa {fleiss}, Krippendorff's alpha {alpha} (syllable BIO tokens)": "độ đồng thuận trên {documents} tài liệu đã xuất do nhiều người chú thích hoàn thành: F1 theo chú thích {f1}, kappa Fleiss {fleiss}, alpha Krippendorff {alpha} (token BIO theo âm tiết)",
    "{a} & {b}: {documents} documents, F1 {f1}, kappa {kappa}": "{a} & {b}: {documents} tài liệu, F1 {f1}, kappa {kappa}",
    "agreement over the 1 exported document that several annotators finished: span F1 {f1}, Fleiss' kappa {fleiss}, Krippendorff's alpha {alpha} (syllable BIO tokens)": "độ đồng thuận trên 1 tài liệu đã xuất do nhiều người chú thích hoàn thành: F1 theo chú thích {f1}, kappa Fleiss {fleiss}, alpha Krippendorff {alpha} (token BIO theo âm tiết)",
    "{a} & {b}: 1 document, F1 {f1}, kappa {kappa}": "{a} & {b}: 1 tài liệu, F1 {f1}, kappa {kappa}",
}


def say(text: str, language: str) -> str:
    """`text` in `language` ("vi" or "en"); English where no Vietnamese form is known."""
    return VI.get(text, text) if language == "vi" else text
