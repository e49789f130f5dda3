<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name></name>
    <message>
        <source>Note about this document (saved automatically)</source>
        <translation>Ghi chú về tài liệu này (tự động lưu)</translation>
    </message>
    <message>
        <source>Metadata</source>
        <translation>Siêu dữ liệu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Title: {title}</source>
        <translation>Tiêu đề: {title}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Trạng thái: {status}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Nguồn: {source}</translation>
    </message>
    <message>
        <source>Characters: {count}</source>
        <translation>Số ký tự: {count}</translation>
    </message>
    <message>
        <source>new</source>
        <translation>mới</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>đang làm</translation>
    </message>
    <message>
        <source>done</source>
        <translation>xong</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>đã duyệt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>{spans} suggested span(s), {relations} suggested relation(s)</source>
        <translation>{spans} chú thích gợi ý, {relations} quan hệ gợi ý</translation>
    </message>
    <message>
        <source>(untitled #{id})</source>
        <translation>(chưa có tiêu đề #{id})</translation>
    </message>
    <message>
        <source>{message}, and rejected {count} relation(s) with it</source>
        <translation>{message}, và từ chối kèm theo {count} quan hệ</translation>
    </message>
    <message>
        <source>Already labelled {label}: selected it</source>
        <translation>Đã gán nhãn {label}: đã chọn chú thích đó</translation>
    </message>
    <message>
        <source>Accepted the {label} suggestion already there</source>
        <translation>Đã chấp nhận gợi ý {label} có sẵn ở đó</translation>
    </message>
    <message>
        <source>The selection crosses a paragraph break, so it was not labelled {label}: label each paragraph&apos;s part (Label schema can allow it for this label)</source>
        <translation>Vùng chọn vắt qua chỗ ngắt đoạn nên chưa gán nhãn {label}: hãy gán nhãn từng phần trong mỗi đoạn (Bộ nhãn có thể cho phép điều này với nhãn này)</translation>
    </message>
    <message>
        <source>Accepted as {label}: {surface}</source>
        <translation>Đã chấp nhận là {label}: {surface}</translation>
    </message>
    <message>
        <source>Deleted {label}: {surface}</source>
        <translation>Đã xóa {label}: {surface}</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>No pending suggestions in this document</source>
        <translation>Tài liệu này không còn gợi ý chờ duyệt</translation>
    </message>
    <message>
        <source>{verb} {count} suggestions and {relations} suggested relations</source>
        <translation>{verb} {count} gợi ý và {relations} quan hệ gợi ý</translation>
    </message>
    <message>
        <source>No span at the cursor</source>
        <translation>Không có chú thích tại con trỏ</translation>
    </message>
    <message>
        <source>Pick the target span first, or press Esc to cancel</source>
        <translation>Hãy chọn chú thích đích trước, hoặc nhấn Esc để hủy</translation>
    </message>
    <message>
        <source>The selection holds no word to label</source>
        <translation>Vùng chọn không có từ nào để gán nhãn</translation>
    </message>
    <message>
        <source>Select some text first, then press a label key</source>
        <translation>Hãy chọn một đoạn văn bản trước, rồi nhấn phím nhãn</translation>
    </message>
    <message>
        <source>“{surface}” crosses a paragraph break: most labels refuse it</source>
        <translation>“{surface}” vắt qua chỗ ngắt đoạn: hầu hết các nhãn không cho phép</translation>
    </message>
    <message>
        <source>“{surface}”: press a label key</source>
        <translation>“{surface}”: nhấn một phím nhãn</translation>
    </message>
    <message>
        <source>Accept all suggestions ({count})</source>
        <translation>Chấp nhận mọi gợi ý ({count})</translation>
    </message>
    <message>
        <source>Reject all suggestions ({count})</source>
        <translation>Từ chối mọi gợi ý ({count})</translation>
    </message>
    <message>
        <source>Accept as</source>
        <translation>Chấp nhận là</translation>
    </message>
    <message>
        <source>Relabel as</source>
        <translation>Đổi nhãn thành</translation>
    </message>
    <message>
        <source>Accept suggestion	Enter</source>
        <translation>Chấp nhận gợi ý	Enter</translation>
    </message>
    <message>
        <source>Reject suggestion	Backspace</source>
        <translation>Từ chối gợi ý	Backspace</translation>
    </message>
    <message>
        <source>Start relation…	R</source>
        <translation>Bắt đầu quan hệ…	R</translation>
    </message>
    <message>
        <source>Remove relation</source>
        <translation>Gỡ quan hệ</translation>
    </message>
    <message>
        <source>Delete span	Del</source>
        <translation>Xóa chú thích	Del</translation>
    </message>
    <message>
        <source>Accept relation	Enter</source>
        <translation>Chấp nhận quan hệ	Enter</translation>
    </message>
    <message>
        <source>Reject relation	Backspace</source>
        <translation>Từ chối quan hệ	Backspace</translation>
    </message>
    <message>
        <source>Delete relation	Del</source>
        <translation>Xóa quan hệ	Del</translation>
    </message>
    <message>
        <source>Label selection as</source>
        <translation>Gán nhãn vùng chọn là</translation>
    </message>
    <message>
        <source>Select a span first, then press R</source>
        <translation>Hãy chọn một chú thích trước, rồi nhấn R</translation>
    </message>
    <message>
        <source>Relation from {label} “{surface}”: pick the target span, Esc cancels</source>
        <translation>Quan hệ từ {label} “{surface}”: chọn chú thích đích, Esc để hủy</translation>
    </message>
    <message>
        <source>Relation cancelled</source>
        <translation>Đã hủy quan hệ</translation>
    </message>
    <message>
        <source>Move to the target span (Tab) and press Enter, Esc cancels</source>
        <translation>Di chuyển đến chú thích đích (Tab) rồi nhấn Enter, Esc để hủy</translation>
    </message>
    <message>
        <source>No relation type links {head} and {tail}; pick another span</source>
        <translation>Không có loại quan hệ nào nối {head} với {tail}; hãy chọn chú thích khác</translation>
    </message>
    <message>
        <source>{type} already links these spans</source>
        <translation>{type} đã nối hai chú thích này</translation>
    </message>
    <message>
        <source>: Enter accepts, Backspace rejects</source>
        <translation>: Enter để chấp nhận, Backspace để từ chối</translation>
    </message>
    <message>
        <source>Deleted the relation {type}</source>
        <translation>Đã xóa quan hệ {type}</translation>
    </message>
    <message>
        <source>Word mode needs a word splitter; selecting syllables</source>
        <translation>Chế độ theo từ cần bộ tách từ; đang chọn theo âm tiết</translation>
    </message>
    <message>
        <source>Suggested {label} “{surface}” ({source}): Enter accepts, Backspace rejects</source>
        <translation>Gợi ý {label} “{surface}” ({source}): Enter để chấp nhận, Backspace để từ chối</translation>
    </message>
    <message>
        <source>as each document&apos;s source</source>
        <translation>theo nguồn của từng tài liệu</translation>
    </message>
    <message>
        <source>always</source>
        <translation>luôn có</translation>
    </message>
    <message>
        <source>never</source>
        <translation>không bao giờ</translation>
    </message>
    <message>
        <source>source</source>
        <translation>nguồn</translation>
    </message>
    <message>
        <source>syllable</source>
        <translation>âm tiết</translation>
    </message>
    <message>
        <source>word</source>
        <translation>từ</translation>
    </message>
    <message>
        <source>sentence</source>
        <translation>câu</translation>
    </message>
    <message>
        <source>paragraph</source>
        <translation>đoạn</translation>
    </message>
    <message>
        <source>outermost</source>
        <translation>ngoài cùng</translation>
    </message>
    <message>
        <source>innermost</source>
        <translation>trong cùng</translation>
    </message>
    <message>
        <source>layers</source>
        <translation>nhiều lớp</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>tự động</translation>
    </message>
    <message>
        <source>curated</source>
        <translation>đã hiệu đính</translation>
    </message>
    <message>
        <source>majority</source>
        <translation>đa số</translation>
    </message>
    <message>
        <source>separate</source>
        <translation>tách riêng</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>chú thích ảnh</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>dòng tác giả</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>title</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <source>source: each document in the tokens, sentences, columns and label names it was imported with (syllables for documents that came without); syllable or word: tokenised again</source>
        <translation>nguồn: mỗi tài liệu theo token, câu, cột và tên nhãn lúc nhập (theo âm tiết với tài liệu không có sẵn); âm tiết hoặc từ: tách token lại</translation>
    </message>
    <message>
        <source>Tag columns written with the layers policy (CoNLL).</source>
        <translation>Số cột thẻ ghi theo cách nhiều lớp (CoNLL).</translation>
    </message>
    <message>
        <source>POS and chunk columns (VLSP 2016 layout)</source>
        <translation>Cột từ loại và cụm (bố cục VLSP 2016)</translation>
    </message>
    <message>
        <source>-DOCSTART- -X- O O before each document (CoNLL): by default where the document&apos;s source had it, and always for documents that came without tokens</source>
        <translation>-DOCSTART- -X- O O trước mỗi tài liệu (CoNLL): mặc định ở nơi nguồn của tài liệu có, và luôn có với tài liệu không có token sẵn</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Tag scheme</source>
        <translation>Lược đồ thẻ</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>Khối</translation>
    </message>
    <message>
        <source>Nested spans</source>
        <translation>Chú thích lồng nhau</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source>Documents and spans</source>
        <translation>Tài liệu và chú thích</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Bộ lọc đã lưu</translation>
    </message>
    <message>
        <source>any title (or words it contains, accents optional)</source>
        <translation>mọi tiêu đề (hoặc các từ trong tiêu đề, không cần dấu)</translation>
    </message>
    <message>
        <source>all annotators (or a comma list)</source>
        <translation>mọi người chú thích (hoặc danh sách cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>all labels (or a comma list, e.g. PER,ROLE)</source>
        <translation>mọi nhãn (hoặc danh sách cách nhau bằng dấu phẩy, ví dụ PER,ROLE)</translation>
    </message>
    <message>
        <source>Which annotators&apos; layer: auto (curated where it exists, else every layer), curated only, majority vote, or each annotator into a folder of their own</source>
        <translation>Lớp của ai: tự động (lớp hiệu đính nếu có, nếu không thì mọi lớp), chỉ lớp hiệu đính, biểu quyết đa số, hoặc mỗi người chú thích một thư mục riêng</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Người chú thích</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Include pending suggestions (rejected ones never)</source>
        <translation>Gồm cả gợi ý chờ duyệt (không bao giờ gồm gợi ý đã từ chối)</translation>
    </message>
    <message>
        <source>Cut regions</source>
        <translation>Lược bỏ vùng</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lưu thành…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <source>Name of this selection:</source>
        <translation>Tên của lựa chọn này:</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>Phân chia</translation>
    </message>
    <message>
        <source>none, or train:dev:test such as 8:1:1</source>
        <translation>không chia, hoặc train:dev:test như 8:1:1</translation>
    </message>
    <message>
        <source>Balance label counts across splits</source>
        <translation>Cân bằng số nhãn giữa các phần</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Tỉ lệ</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Đầu ra</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Replace the folder if it exists</source>
        <translation>Thay thư mục nếu đã có</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Writes to</source>
        <translation>Ghi vào</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Xuất dữ liệu vào thư mục</translation>
    </message>
    <message>
        <source>Not used by the {format} format</source>
        <translation>Định dạng {format} không dùng tùy chọn này</translation>
    </message>
    <message>
        <source>Annotation projects (*.db *.annot *.sqlite);;All files (*)</source>
        <translation>Dự án chú thích (*.db *.annot *.sqlite);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Waiting for the project</source>
        <translation>Đang chờ dự án</translation>
    </message>
    <message>
        <source>Stop waiting</source>
        <translation>Thôi chờ</translation>
    </message>
    <message>
        <source>Another program is writing to {name}.
Waiting for it to finish ({waited} s of at most {limit} s)…</source>
        <translation>Một chương trình khác đang ghi vào {name}.
Đang chờ chương trình đó ghi xong ({waited} giây, tối đa {limit} giây)…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Mở dự án</translation>
    </message>
    <message>
        <source>Opening {name}</source>
        <translation>Mở {name}</translation>
    </message>
    <message>
        <source>Project not opened</source>
        <translation>Chưa mở được dự án</translation>
    </message>
    <message>
        <source>Make a clean copy…</source>
        <translation>Tạo bản sao sạch…</translation>
    </message>
    <message>
        <source>Clean copy</source>
        <translation>Bản sao sạch</translation>
    </message>
    <message>
        <source>Opened the clean copy ({count} change(s)).</source>
        <translation>Đã mở bản sao sạch ({count} thay đổi).</translation>
    </message>
    <message>
        <source>Save project as</source>
        <translation>Lưu dự án thành</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Your change was not saved</source>
        <translation>Thay đổi của bạn chưa được lưu</translation>
    </message>
    <message>
        <source>Articles and datasets (*.txt *.md *.html *.htm *.json *.jsonl *.conll *.ann *.csv *.tsv);;All files (*)</source>
        <translation>Bài báo và bộ dữ liệu (*.txt *.md *.html *.htm *.json *.jsonl *.conll *.ann *.csv *.tsv);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>{title} failed.</source>
        <translation>{title} thất bại.</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Đang nhập</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>, about {seconds} s left</source>
        <translation>, còn khoảng {seconds} giây</translation>
    </message>
    <message>
        <source>{done} of {total} documents{eta}</source>
        <translation>{done} trên {total} tài liệu{eta}</translation>
    </message>
    <message>
        <source>Suggesting</source>
        <translation>Đang gợi ý</translation>
    </message>
    <message>
        <source>{added} suggestions in {documents} documents ({seconds} s)</source>
        <translation>{added} gợi ý trong {documents} tài liệu ({seconds} giây)</translation>
    </message>
    <message>
        <source> (cancelled before the end)</source>
        <translation> (đã hủy trước khi xong)</translation>
    </message>
    <message>
        <source>document {id}: {reason}</source>
        <translation>tài liệu {id}: {reason}</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>Training: {stage}…</source>
        <translation>Đang huấn luyện: {stage}…</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Huấn luyện</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Độ chính xác</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Độ phủ</translation>
    </message>
    <message>
        <source>Rules F1</source>
        <translation>F1 của luật</translation>
    </message>
    <message>
        <source>the model after the rules (where both propose, the rules win)</source>
        <translation>mô hình sau luật (khi cả hai cùng đề xuất, luật được ưu tiên)</translation>
    </message>
    <message>
        <source>the model before the rules (where both propose, the model wins)</source>
        <translation>mô hình trước luật (khi cả hai cùng đề xuất, mô hình được ưu tiên)</translation>
    </message>
    <message>
        <source>the model alone, without the rules</source>
        <translation>chỉ mô hình, không dùng luật</translation>
    </message>
    <message>
        <source>Trained on {n} of the {total} finished documents in {seconds:.0f} s.</source>
        <translation>Đã huấn luyện trên {n} trong {total} tài liệu đã xong, mất {seconds:.0f} giây.</translation>
    </message>
    <message>
        <source>; the rules alone: {f1:.2f}</source>
        <translation>; riêng luật: {f1:.2f}</translation>
    </message>
    <message>
        <source>On the {m} documents held back to test it, it finds {recall} of the annotations made by hand, and {precision} of the spans it proposes are right (F1 {f1:.2f}{compared}).</source>
        <translation>Trên {m} tài liệu giữ lại để kiểm tra, mô hình tìm được {recall} số chú thích làm bằng tay, và {precision} số chú thích nó đề xuất là đúng (F1 {f1:.2f}{compared}).</translation>
    </message>
    <message>
        <source>No document could be held back to test it (it needs more finished documents), so there are no scores yet.</source>
        <translation>Chưa giữ lại được tài liệu nào để kiểm tra (cần thêm tài liệu đã xong), nên chưa có điểm.</translation>
    </message>
    <message>
        <source>The {m} documents held back hold no annotations of its labels, so there is nothing to score it against yet.</source>
        <translation>{m} tài liệu giữ lại không có chú thích nào thuộc các nhãn của mô hình, nên chưa có gì để chấm điểm.</translation>
    </message>
    <message>
        <source>Suggestions will use {use}{reason}.</source>
        <translation>Gợi ý sẽ dùng {use}{reason}.</translation>
    </message>
    <message>
        <source>all (micro)</source>
        <translation>tất cả (micro)</translation>
    </message>
    <message>
        <source>The guidelines file {path} is missing.</source>
        <translation>Không tìm thấy tệp hướng dẫn {path}.</translation>
    </message>
    <message>
        <source>Nothing to redo.</source>
        <translation>Không có gì để làm lại.</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>Không có gì để hoàn tác.</translation>
    </message>
    <message>
        <source>Redone.</source>
        <translation>Đã làm lại.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Đã hoàn tác.</translation>
    </message>
    <message>
        <source>Vietnamese Political Annotator</source>
        <translation>Công cụ chú thích tin chính trị tiếng Việt</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Dự án mới…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Mở dự án…</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Nhập tệ&amp;p…</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Nhập &amp;thư mục…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất dữ liệu…</translation>
    </message>
    <message>
        <source>Save project &amp;as…</source>
        <translation>&amp;Lưu dự án thành…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>&amp;Find in document…</source>
        <translation>&amp;Tìm trong tài liệu…</translation>
    </message>
    <message>
        <source>Label &amp;schema…</source>
        <translation>&amp;Bộ nhãn…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Tùy &amp;chọn…</translation>
    </message>
    <message>
        <source>Show &amp;relations as arcs</source>
        <translation>Hiện &amp;quan hệ dạng cung</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Thu nhỏ</translation>
    </message>
    <message>
        <source>&amp;Reset zoom</source>
        <translation>&amp;Cỡ chữ mặc định</translation>
    </message>
    <message>
        <source>Mark &amp;done and go to next</source>
        <translation>Đánh dấu &amp;xong và sang tài liệu tiếp</translation>
    </message>
    <message>
        <source>&amp;Reopen (in progress)</source>
        <translation>&amp;Mở lại (đang làm)</translation>
    </message>
    <message>
        <source>Mark re&amp;viewed</source>
        <translation>Đánh dấu đã &amp;duyệt</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Đổi tê&amp;n…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Xó&amp;a…</translation>
    </message>
    <message>
        <source>&amp;Next document</source>
        <translation>Tài liệu &amp;tiếp theo</translation>
    </message>
    <message>
        <source>&amp;Previous document</source>
        <translation>Tài liệu t&amp;rước</translation>
    </message>
    <message>
        <source>Ne&amp;xt suggestion</source>
        <translation>Gợi ý tiếp th&amp;eo</translation>
    </message>
    <message>
        <source>Pre&amp;vious suggestion</source>
        <translation>Gợi ý t&amp;rước</translation>
    </message>
    <message>
        <source>&amp;Suggest for this document</source>
        <translation>&amp;Gợi ý cho tài liệu này</translation>
    </message>
    <message>
        <source>Suggest for &amp;all unfinished documents</source>
        <translation>Gợi ý cho &amp;mọi tài liệu chưa xong</translation>
    </message>
    <message>
        <source>Suggest with underthesea &amp;NER too</source>
        <translation>Gợi ý thêm bằng &amp;NER của underthesea</translation>
    </message>
    <message>
        <source>&amp;Accept all pending</source>
        <translation>&amp;Chấp nhận mọi gợi ý chờ duyệt</translation>
    </message>
    <message>
        <source>Re&amp;ject all pending</source>
        <translation>&amp;Từ chối mọi gợi ý chờ duyệt</translation>
    </message>
    <message>
        <source>Select whole &amp;words</source>
        <translation>C&amp;họn theo cả từ</translation>
    </message>
    <message>
        <source>&amp;Train model from my annotations…</source>
        <translation>Huấn &amp;luyện mô hình từ chú thích của tôi…</translation>
    </message>
    <message>
        <source>Annotation &amp;guidelines</source>
        <translation>&amp;Hướng dẫn chú thích</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Phím tắt</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Hiển thị</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>Tài &amp;liệu</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Chú thích</translation>
    </message>
    <message>
        <source>Also run stock underthesea NER: slower, and it adds little to the rules and the model on political news; useful for sport, business or culture articles.</source>
        <translation>Chạy thêm NER có sẵn của underthesea: chậm hơn, và bổ sung ít cho luật và mô hình với tin chính trị; hữu ích cho bài thể thao, kinh doanh hay văn hóa.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>Accept	Enter</source>
        <translation>Chấp nhận	Enter</translation>
    </message>
    <message>
        <source>Reject	Backspace</source>
        <translation>Từ chối	Backspace</translation>
    </message>
    <message>
        <source>Restore as a suggestion</source>
        <translation>Khôi phục thành gợi ý</translation>
    </message>
    <message>
        <source>Accept all like this (same text and label)</source>
        <translation>Chấp nhận mọi gợi ý giống thế này (cùng chữ và nhãn)</translation>
    </message>
    <message>
        <source>In this document ({count})</source>
        <translation>Trong tài liệu này ({count})</translation>
    </message>
    <message>
        <source>In all unfinished documents ({count})</source>
        <translation>Trong mọi tài liệu chưa xong ({count})</translation>
    </message>
    <message>
        <source>Reject all from {who}</source>
        <translation>Từ chối mọi gợi ý của {who}</translation>
    </message>
    <message>
        <source>political-domain rules</source>
        <translation>luật lĩnh vực chính trị</translation>
    </message>
    <message>
        <source>underthesea NER</source>
        <translation>NER của underthesea</translation>
    </message>
    <message>
        <source>the project&apos;s model</source>
        <translation>mô hình của dự án</translation>
    </message>
    <message>
        <source>the shipped base model</source>
        <translation>mô hình gốc đi kèm</translation>
    </message>
    <message>
        <source>relation patterns</source>
        <translation>mẫu quan hệ</translation>
    </message>
    <message>
        <source>rules</source>
        <translation>luật</translation>
    </message>
    <message>
        <source>model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <source>base-model</source>
        <translation>mô hình gốc</translation>
    </message>
    <message>
        <source>relations</source>
        <translation>mẫu quan hệ</translation>
    </message>
    <message>
        <source>search</source>
        <translation>tìm kiếm</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>được gợi ý</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>đã từ chối</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>được nhập</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>làm bằng tay</translation>
    </message>
    <message>
        <source>{state} by {source}</source>
        <translation>{state} bởi {source}</translation>
    </message>
    <message>
        <source>Annotation</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Người chú thích</translation>
    </message>
    <message>
        <source>¶{paragraph} · line {line}</source>
        <translation>¶{paragraph} · dòng {line}</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Thêm nhãn</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <source>Rename label</source>
        <translation>Đổi tên nhãn</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Tên mới:</translation>
    </message>
    <message>
        <source>Label key</source>
        <translation>Phím nhãn</translation>
    </message>
    <message>
        <source>Key (one character):</source>
        <translation>Phím (một ký tự):</translation>
    </message>
    <message>
        <source>Label description</source>
        <translation>Mô tả nhãn</translation>
    </message>
    <message>
        <source>What {name} covers:</source>
        <translation>{name} bao gồm những gì:</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Gỡ nhãn</translation>
    </message>
    <message>
        <source>Remove the label {name}?</source>
        <translation>Gỡ nhãn {name}?</translation>
    </message>
    <message>
        <source>Remove the relation type {name} and its {count} relations?</source>
        <translation>Gỡ loại quan hệ {name} cùng {count} quan hệ của nó?</translation>
    </message>
    <message>
        <source>Remove relation type</source>
        <translation>Gỡ loại quan hệ</translation>
    </message>
    <message>
        <source>Import schema</source>
        <translation>Nhập bộ nhãn</translation>
    </message>
    <message>
        <source>Schema (*.json)</source>
        <translation>Bộ nhãn (*.json)</translation>
    </message>
    <message>
        <source>Export schema</source>
        <translation>Xuất bộ nhãn</translation>
    </message>
    <message>
        <source>Label key (1, 2, …)</source>
        <translation>Phím nhãn (1, 2, …)</translation>
    </message>
    <message>
        <source>label the selection; on a suggestion, accept it as that label</source>
        <translation>gán nhãn vùng chọn; trên một gợi ý thì chấp nhận với nhãn đó</translation>
    </message>
    <message>
        <source>accept the selected suggestion (span or relation)</source>
        <translation>chấp nhận gợi ý đang chọn (chú thích hoặc quan hệ)</translation>
    </message>
    <message>
        <source>reject the selected suggestion; delete an accepted span</source>
        <translation>từ chối gợi ý đang chọn; xóa chú thích đã chấp nhận</translation>
    </message>
    <message>
        <source>delete the selected span or relation</source>
        <translation>xóa chú thích hoặc quan hệ đang chọn</translation>
    </message>
    <message>
        <source>Space / Shift+Space</source>
        <translation>Space / Shift+Space</translation>
    </message>
    <message>
        <source>next / previous suggestion (on to the next document)</source>
        <translation>gợi ý tiếp / trước (sang cả tài liệu tiếp)</translation>
    </message>
    <message>
        <source>cycle through the spans at the caret</source>
        <translation>lần lượt qua các chú thích tại con trỏ</translation>
    </message>
    <message>
        <source>start a relation from the selected span; then click or Tab+Enter the target</source>
        <translation>bắt đầu quan hệ từ chú thích đang chọn; rồi nhấp hoặc Tab+Enter vào đích</translation>
    </message>
    <message>
        <source>cancel a relation, clear the selection, close the find bar</source>
        <translation>hủy quan hệ, bỏ vùng chọn, đóng thanh tìm kiếm</translation>
    </message>
    <message>
        <source>move by syllable (by word in word mode)</source>
        <translation>di chuyển theo âm tiết (theo từ ở chế độ từ)</translation>
    </message>
    <message>
        <source>select by syllable (by word in word mode)</source>
        <translation>chọn theo âm tiết (theo từ ở chế độ từ)</translation>
    </message>
    <message>
        <source>Double click</source>
        <translation>Nhấp đúp</translation>
    </message>
    <message>
        <source>select the syllable (or word) under the pointer</source>
        <translation>chọn âm tiết (hoặc từ) dưới con trỏ chuột</translation>
    </message>
    <message>
        <source>That annotation belongs to another layer.</source>
        <translation>Chú thích đó thuộc lớp khác.</translation>
    </message>
    <message>
        <source>This is {name}&apos;s layer, shown read-only; switch to your layer to edit.</source>
        <translation>Đây là lớp của {name}, chỉ xem; hãy chuyển sang lớp của bạn để sửa.</translation>
    </message>
    <message>
        <source>Suggestions go to annotators&apos; layers, not the curated one.</source>
        <translation>Gợi ý vào lớp của người chú thích, không vào lớp hiệu đính.</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Nhập tệp</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Nhập thư mục</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Đang hủy…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>status</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>documents</source>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>người chú thích</translation>
    </message>
    <message>
        <source>accepted spans</source>
        <translation>chú thích đã chấp nhận</translation>
    </message>
    <message>
        <source>accepted relations</source>
        <translation>quan hệ đã chấp nhận</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>origin</source>
        <translation>nguồn gốc</translation>
    </message>
    <message>
        <source>state</source>
        <translation>tình trạng</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>chú thích</translation>
    </message>
    <message>
        <source>suggester</source>
        <translation>nguồn gợi ý</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>loại</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>chờ duyệt</translation>
    </message>
    <message>
        <source>acceptance</source>
        <translation>tỉ lệ chấp nhận</translation>
    </message>
    <message>
        <source>day</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>thao tác</translation>
    </message>
    <message>
        <source>finished documents</source>
        <translation>tài liệu đã xong</translation>
    </message>
    <message>
        <source>rank</source>
        <translation>hạng</translation>
    </message>
    <message>
        <source>surface</source>
        <translation>chuỗi chữ</translation>
    </message>
    <message>
        <source>count</source>
        <translation>số lượng</translation>
    </message>
    <message>
        <source>split</source>
        <translation>phần chia</translation>
    </message>
    <message>
        <source>Documents by status</source>
        <translation>Tài liệu theo trạng thái</translation>
    </message>
    <message>
        <source>Documents by annotator and status</source>
        <translation>Tài liệu theo người chú thích và trạng thái</translation>
    </message>
    <message>
        <source>Work by annotator</source>
        <translation>Công việc theo người chú thích</translation>
    </message>
    <message>
        <source>Spans by label, origin and state</source>
        <translation>Chú thích theo nhãn, nguồn gốc và tình trạng</translation>
    </message>
    <message>
        <source>Suggestions by suggester</source>
        <translation>Gợi ý theo nguồn gợi ý</translation>
    </message>
    <message>
        <source>Progress over time</source>
        <translation>Tiến độ theo thời gian</translation>
    </message>
    <message>
        <source>Most frequent surfaces per label</source>
        <translation>Chuỗi chữ thường gặp nhất theo nhãn</translation>
    </message>
    <message>
        <source>Label counts per export split</source>
        <translation>Số nhãn theo từng phần chia khi xuất</translation>
    </message>
    <message>
        <source>Spans by label and state</source>
        <translation>Chú thích theo nhãn và tình trạng</translation>
    </message>
    <message>
        <source>Suggestions reviewed, by suggester</source>
        <translation>Gợi ý đã duyệt, theo nguồn gợi ý</translation>
    </message>
    <message>
        <source>suggestions</source>
        <translation>gợi ý</translation>
    </message>
    <message>
        <source>actions per day</source>
        <translation>thao tác mỗi ngày</translation>
    </message>
    <message>
        <source>documents done or reviewed</source>
        <translation>tài liệu đã xong hoặc đã duyệt</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>đã xong</translation>
    </message>
    <message>
        <source>span</source>
        <translation>chú thích</translation>
    </message>
    <message>
        <source>relation</source>
        <translation>quan hệ</translation>
    </message>
    <message>
        <source>manual</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>{n} imported</source>
        <translation>đã nhập {n}</translation>
    </message>
    <message>
        <source>{n} already in the project</source>
        <translation>{n} đã có trong dự án</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} tài liệu</translation>
    </message>
    <message>
        <source>{n} entities</source>
        <translation>{n} thực thể</translation>
    </message>
    <message>
        <source>{n} skipped</source>
        <translation>bỏ qua {n}</translation>
    </message>
    <message>
        <source>{n} kept beside a document with the same text</source>
        <translation>{n} được giữ bên cạnh một tài liệu cùng văn bản</translation>
    </message>
    <message>
        <source>{n} warning(s)</source>
        <translation>{n} cảnh báo</translation>
    </message>
    <message>
        <source>{n} file(s) not matching the include patterns</source>
        <translation>{n} tệp không khớp mẫu được chọn</translation>
    </message>
    <message>
        <source>too few documents to validate on</source>
        <translation>quá ít tài liệu để kiểm định</translation>
    </message>
    <message>
        <source>keeps the rules&apos; spans: letting the model decide did not validate better</source>
        <translation>giữ chú thích của luật: để mô hình quyết định không cho kết quả kiểm định tốt hơn</translation>
    </message>
    <message>
        <source>validated {gain} micro F1 over rules-first</source>
        <translation>kiểm định hơn {gain} F1 micro so với ưu tiên luật</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>đọc dữ liệu</translation>
    </message>
    <message>
        <source>training</source>
        <translation>huấn luyện</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>lưu</translation>
    </message>
    <message>
        <source>evaluating</source>
        <translation>đánh giá</translation>
    </message>
    <message>
        <source>Merged {file}: {annotator}&apos;s layer on {documents} documents ({spans} spans, {relations} relations) replaces their earlier layer there.</source>
        <translation>Đã gộp {file}: lớp của {annotator} trên {documents} tài liệu ({spans} chú thích, {relations} quan hệ) thay cho lớp trước đó của họ ở các tài liệu này.</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> và {n} tài liệu khác</translation>
    </message>
    <message>
        <source>{n} documents of the package are not in this project (their text differs) and were skipped: {titles}</source>
        <translation>{n} tài liệu của gói không có trong dự án này (văn bản khác nhau) nên bị bỏ qua: {titles}</translation>
    </message>
    <message>
        <source>{total} documents shared out among {n} annotators:</source>
        <translation>{total} tài liệu được chia cho {n} người chú thích:</translation>
    </message>
    <message>
        <source>{name}: {n} documents -&gt; {path}</source>
        <translation>{name}: {n} tài liệu -&gt; {path}</translation>
    </message>
    <message>
        <source>Documents each pair shares (for agreement):</source>
        <translation>Số tài liệu mỗi cặp cùng làm (để tính độ đồng thuận):</translation>
    </message>
    <message>
        <source>agreement needs at least two annotators&apos; layers in the project</source>
        <translation>cần ít nhất hai lớp của người chú thích trong dự án để tính độ đồng thuận</translation>
    </message>
    <message>
        <source>an annotator is named twice</source>
        <translation>một người chú thích bị nêu tên hai lần</translation>
    </message>
    <message>
        <source>name at least one annotator</source>
        <translation>hãy nêu ít nhất một người chú thích</translation>
    </message>
    <message>
        <source>no documents match; nothing to share out</source>
        <translation>không có tài liệu nào khớp; không có gì để chia</translation>
    </message>
    <message>
        <source>two annotators&apos; names give the same file name; rename one</source>
        <translation>tên của hai người chú thích cho cùng một tên tệp; hãy đổi tên một người</translation>
    </message>
    <message>
        <source>no annotator&apos;s layer to export separately</source>
        <translation>không có lớp của người chú thích nào để xuất riêng</translation>
    </message>
    <message>
        <source>&amp;About {name}</source>
        <translation>&amp;Giới thiệu {name}</translation>
    </message>
    <message>
        <source>The {format} format needs {library} (Python module {module}), which is not installed: {command}</source>
        <translation>Định dạng {format} cần {library} (mô-đun Python {module}), hiện chưa được cài: {command}</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About {name}</source>
        <translation>Giới thiệu {name}</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Phiên bản {version}</translation>
    </message>
    <message>
        <source>Annotate people, their roles and events in Vietnamese political news, offline, and export training data.</source>
        <translation>Chú thích người, chức vụ của họ và sự kiện trong tin chính trị tiếng Việt, không cần mạng, và xuất dữ liệu huấn luyện.</translation>
    </message>
    <message>
        <source>Licence: {licence} (GNU General Public License, version 3 or any later version). This program is free software: you may share and change it under that licence. It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>Giấy phép: {licence} (Giấy phép Công cộng GNU, phiên bản 3 hoặc bất kỳ phiên bản nào sau đó). Đây là phần mềm tự do: bạn có thể chia sẻ và sửa đổi theo giấy phép đó. Phần mềm được cung cấp HOÀN TOÀN KHÔNG CÓ BẢO HÀNH.</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}</translation>
    </message>
</context>
<context>
    <name>AgreementDialog</name>
    <message>
        <source>Agreement between annotators</source>
        <translation>Độ đồng thuận giữa người chú thích</translation>
    </message>
    <message>
        <source>Span F1 (exact match)</source>
        <translation>F1 theo chú thích (khớp chính xác)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa (tokens)</source>
        <translation>Kappa Cohen (theo token)</translation>
    </message>
    <message>
        <source>Heat map of</source>
        <translation>Bản đồ nhiệt của</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Span F1</source>
        <translation>F1 chú thích</translation>
    </message>
    <message>
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <source>Disagreements</source>
        <translation>Chỗ bất đồng</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Người chú thích</translation>
    </message>
</context>
<context>
    <name>AnnotatorStatusBar</name>
    <message>
        <source>Annotator: {name}</source>
        <translation>Người chú thích: {name}</translation>
    </message>
    <message>
        <source>¶{paragraph} · line {line}</source>
        <translation>¶{paragraph} · dòng {line}</translation>
    </message>
    <message>
        <source>Snap: whole words</source>
        <translation>Bám: cả từ</translation>
    </message>
    <message>
        <source>{done} of {total} done</source>
        <translation>Xong {done}/{total}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Đã lưu {time}</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Chưa mở dự án</translation>
    </message>
    <message>
        <source>Snap: syllables</source>
        <translation>Bám: âm tiết</translation>
    </message>
    <message>
        <source>Annotate ▸ Select whole words (Ctrl+Shift+W) switches</source>
        <translation>Chú thích ▸ Chọn theo cả từ (Ctrl+Shift+W) để chuyển</translation>
    </message>
    <message>
        <source>Also open in {count} other window(s)</source>
        <translation>Cũng đang mở ở {count} cửa sổ khác</translation>
    </message>
    <message>
        <source>{who} on {host} (process {pid}) since {when}</source>
        <translation>{who} trên {host} (tiến trình {pid}) từ {when}</translation>
    </message>
</context>
<context>
    <name>Concordance</name>
    <message>
        <source>in %1</source>
        <translation>trong %1</translation>
    </message>
    <message>
        <source>has %1</source>
        <translation>chứa %1</translation>
    </message>
    <message>
        <source>across %1</source>
        <translation>vắt qua %1</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Left context</source>
        <translation>Ngữ cảnh trái</translation>
    </message>
    <message>
        <source>Hit</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Right context</source>
        <translation>Ngữ cảnh phải</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Đã chú thích</translation>
    </message>
</context>
<context>
    <name>ConsistencyDialog</name>
    <message>
        <source>Consistency check</source>
        <translation>Kiểm tra nhất quán</translation>
    </message>
    <message>
        <source>Documents worked on (in progress, done, reviewed)</source>
        <translation>Tài liệu đã làm (đang làm, xong, đã duyệt)</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>Mọi tài liệu</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kiểm tra</translation>
    </message>
    <message>
        <source>Surface / place</source>
        <translation>Chuỗi chữ / vị trí</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>(unlabelled)</source>
        <translation>(chưa gán nhãn)</translation>
    </message>
    <message numerus="yes">
        <source>%n surface(s) labelled inconsistently</source>
        <translation>
            <numerusform>%n chuỗi chữ được gán nhãn không nhất quán</numerusform>
        </translation>
    </message>
    <message>
        <source>Every labelled surface is labelled the same way everywhere.</source>
        <translation>Mọi chuỗi chữ đã gán nhãn đều được gán nhãn như nhau ở mọi nơi.</translation>
    </message>
    <message>
        <source>unlabelled %1</source>
        <translation>%1 chưa gán nhãn</translation>
    </message>
</context>
<context>
    <name>CorpusTools</name>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <source>&amp;Search the project…</source>
        <translation>&amp;Tìm trong dự án…</translation>
    </message>
    <message>
        <source>&amp;Label all occurrences…</source>
        <translation>&amp;Gán nhãn mọi lần xuất hiện…</translation>
    </message>
    <message>
        <source>&amp;Consistency check…</source>
        <translation>Kiểm tra nhất &amp;quán…</translation>
    </message>
    <message>
        <source>S&amp;tatistics…</source>
        <translation>Thống &amp;kê…</translation>
    </message>
    <message>
        <source>People and &amp;roles registry</source>
        <translation>&amp;Danh mục người và chức vụ</translation>
    </message>
    <message>
        <source>&amp;Corpus</source>
        <translation>&amp;Kho ngữ liệu</translation>
    </message>
    <message>
        <source>Select an annotation or some text first, or search the project.</source>
        <translation>Hãy chọn một chú thích hoặc một đoạn văn bản trước, hoặc tìm trong dự án.</translation>
    </message>
    <message numerus="yes">
        <source>Labelled %n occurrence(s) as </source>
        <translation>
            <numerusform>Đã gán nhãn %n lần xuất hiện là </numerusform>
        </translation>
    </message>
    <message>
        <source> (Ctrl+Z undoes)</source>
        <translation> (Ctrl+Z để hoàn tác)</translation>
    </message>
</context>
<context>
    <name>CurationDialog</name>
    <message>
        <source>Curate document</source>
        <translation>Hiệu đính tài liệu</translation>
    </message>
    <message>
        <source>all annotators agree</source>
        <translation>mọi người chú thích đồng ý</translation>
    </message>
    <message>
        <source>a majority agrees</source>
        <translation>đa số đồng ý</translation>
    </message>
    <message>
        <source>Merge what is agreed</source>
        <translation>Hợp nhất phần đã đồng thuận</translation>
    </message>
    <message>
        <source>Accept selected</source>
        <translation>Chấp nhận mục đang chọn</translation>
    </message>
    <message>
        <source>Remove selected from curated</source>
        <translation>Bỏ mục đang chọn khỏi lớp hiệu đính</translation>
    </message>
    <message>
        <source>Edit curated layer in the editor</source>
        <translation>Sửa lớp hiệu đính trong trình soạn</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Đánh dấu đã duyệt</translation>
    </message>
    <message>
        <source>at least {k} of {n} agree</source>
        <translation>ít nhất {k}/{n} người đồng ý</translation>
    </message>
    <message>
        <source>any annotator has it</source>
        <translation>bất kỳ người chú thích nào có</translation>
    </message>
    <message>
        <source>Merge automatically when</source>
        <translation>Tự động hợp nhất khi</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Đầu</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Tail</source>
        <translation>Đích</translation>
    </message>
    <message>
        <source>{n} annotators; {d} spans disputed; {c} in the curated layer; {r} relations disputed; status: {s}</source>
        <translation>{n} người chú thích; {d} chú thích còn bất đồng; {c} trong lớp hiệu đính; {r} quan hệ còn bất đồng; trạng thái: {s}</translation>
    </message>
    <message>
        <source>; still at work: {w}</source>
        <translation>; còn đang làm: {w}</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Đã hiệu đính</translation>
    </message>
</context>
<context>
    <name>DocumentCommandsMixin</name>
    <message>
        <source>This document still has {spans} pending suggestion(s) and {relations} pending relation(s). Marked done, they stay pending and exports leave them out.</source>
        <translation>Tài liệu này còn {spans} gợi ý và {relations} quan hệ chờ duyệt. Nếu đánh dấu xong, chúng vẫn chờ duyệt và không được xuất.</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Đánh dấu xong</translation>
    </message>
    <message>
        <source>Mark done anyway</source>
        <translation>Vẫn đánh dấu xong</translation>
    </message>
    <message>
        <source>Review them</source>
        <translation>Duyệt chúng</translation>
    </message>
    <message>
        <source>Don&apos;t ask again (Preferences can turn it back on)</source>
        <translation>Không hỏi lại (có thể bật lại trong Tùy chọn)</translation>
    </message>
    <message>
        <source>Every document is done.</source>
        <translation>Mọi tài liệu đã xong.</translation>
    </message>
    <message>
        <source>reopened</source>
        <translation>đã mở lại</translation>
    </message>
    <message>
        <source>marked reviewed</source>
        <translation>đã đánh dấu duyệt</translation>
    </message>
    <message>
        <source>Document {status} (Ctrl+Z takes it back)</source>
        <translation>Tài liệu {status} (Ctrl+Z để hoàn tác)</translation>
    </message>
    <message>
        <source>Rename document</source>
        <translation>Đổi tên tài liệu</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Tiêu đề:</translation>
    </message>
    <message>
        <source>Delete “{title}” with its {spans} annotation(s)? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa “{title}” cùng {spans} chú thích của nó? Sửa ▸ Hoàn tác (Ctrl+Z) sẽ khôi phục.</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Xóa tài liệu</translation>
    </message>
    <message>
        <source>Document deleted (Ctrl+Z brings it back)</source>
        <translation>Đã xóa tài liệu (Ctrl+Z để khôi phục)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Reopen (in progress)</source>
        <translation>Mở lại (đang làm)</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Đánh dấu đã duyệt</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Xóa…</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Filter titles…</source>
        <translation>Lọc theo tiêu đề…</translation>
    </message>
    <message>
        <source>No document matches the filters.</source>
        <translation>Không có tài liệu nào khớp bộ lọc.</translation>
    </message>
    <message>
        <source>No documents yet.
Add articles with File ▸ Import files… (Ctrl+I) or File ▸ Import folder…</source>
        <translation>Chưa có tài liệu.
Thêm bài báo bằng Tệp ▸ Nhập tệp… (Ctrl+I) hoặc Tệp ▸ Nhập thư mục…</translation>
    </message>
</context>
<context>
    <name>DocumentTable</name>
    <message>
        <source>Title</source>
        <translation>Tiêu đề</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Nhận</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Chờ</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export training data</source>
        <translation>Xuất dữ liệu huấn luyện</translation>
    </message>
    <message>
        <source>Press Preview to see what the export keeps and loses.</source>
        <translation>Nhấn Xem trước để biết bản xuất giữ lại và mất những gì.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Xuất</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Checking the export…</source>
        <translation>Đang kiểm tra bản xuất…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Đã hủy xuất dữ liệu.</translation>
    </message>
    <message>
        <source>Layer of {name}:</source>
        <translation>Lớp của {name}:</translation>
    </message>
    <message>
        <source>Documents: {counts}</source>
        <translation>Tài liệu: {counts}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Press Export to write this dataset into {path}</source>
        <translation>Nhấn Xuất để ghi bộ dữ liệu này vào {path}</translation>
    </message>
    <message>
        <source>Wrote the dataset to {path}</source>
        <translation>Đã ghi bộ dữ liệu vào {path}</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Chưa ghi gì.</translation>
    </message>
    <message>
        <source>{format}: greyed out, {library} is not installed ({command})</source>
        <translation>{format}: bị làm mờ, chưa cài {library} ({command})</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Accepted and suggested</source>
        <translation>Đã chấp nhận và gợi ý</translation>
    </message>
    <message>
        <source>Suggested only</source>
        <translation>Chỉ gợi ý</translation>
    </message>
    <message>
        <source>Accepted only</source>
        <translation>Chỉ đã chấp nhận</translation>
    </message>
    <message>
        <source>Rejected only</source>
        <translation>Chỉ đã từ chối</translation>
    </message>
    <message>
        <source>All, rejected too</source>
        <translation>Tất cả, cả đã từ chối</translation>
    </message>
    <message>
        <source>Who proposed the annotation</source>
        <translation>Ai đề xuất chú thích</translation>
    </message>
    <message>
        <source>Label (a relation shows when either end has it)</source>
        <translation>Nhãn (quan hệ hiện khi một trong hai đầu có nhãn này)</translation>
    </message>
    <message>
        <source>Rejected suggestions are kept: show them to restore one</source>
        <translation>Gợi ý đã từ chối vẫn được giữ: hiện chúng để khôi phục</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Mọi nguồn</translation>
    </message>
    <message>
        <source>By hand or imported</source>
        <translation>Bằng tay hoặc được nhập</translation>
    </message>
    <message>
        <source>All labels</source>
        <translation>Mọi nhãn</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this document (quoc finds Quốc)</source>
        <translation>Tìm trong tài liệu này (quoc tìm được Quốc)</translation>
    </message>
    <message>
        <source>Match diacritics</source>
        <translation>Phân biệt dấu</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>không thấy</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n}/{total}</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>Who is annotating?</source>
        <translation>Ai đang chú thích?</translation>
    </message>
    <message>
        <source>Your name signs every annotation you make, so a team can compare each person&apos;s work and merge it back. Use the same name in every project (Edit ▸ Preferences changes it and the language; they are kept in {path}).</source>
        <translation>Tên của bạn được ký vào mọi chú thích bạn làm, để nhóm có thể so sánh công việc của từng người và gộp lại. Hãy dùng cùng một tên trong mọi dự án (Sửa ▸ Tùy chọn đổi được tên và ngôn ngữ; chúng được lưu trong {path}).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Ngôn ngữ giao diện</translation>
    </message>
    <message>
        <source>Open the demo project: political news articles with suggestions to correct</source>
        <translation>Mở dự án mẫu: các bài tin chính trị kèm gợi ý để sửa</translation>
    </message>
    <message>
        <source>Create a new project for my own articles</source>
        <translation>Tạo dự án mới cho bài báo của tôi</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <source>Tiếng Việt</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
</context>
<context>
    <name>LabelAllDialog</name>
    <message>
        <source>Label all occurrences</source>
        <translation>Gán nhãn mọi lần xuất hiện</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Phân biệt hoa thường</translation>
    </message>
    <message>
        <source>Match diacritics</source>
        <translation>Phân biệt dấu</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Tài liệu này</translation>
    </message>
    <message>
        <source>Unfinished documents (new or in progress)</source>
        <translation>Tài liệu chưa xong (mới hoặc đang làm)</translation>
    </message>
    <message>
        <source>The search results (with their filters)</source>
        <translation>Kết quả tìm kiếm (với bộ lọc của nó)</translation>
    </message>
    <message>
        <source>Every document</source>
        <translation>Mọi tài liệu</translation>
    </message>
    <message>
        <source>As pending suggestions, to review</source>
        <translation>Thành gợi ý chờ duyệt, để duyệt sau</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Also inside other annotations (nested)</source>
        <translation>Cả bên trong chú thích khác (lồng nhau)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Tìm:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>Nhãn:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ở đâu:</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Cách:</translation>
    </message>
    <message>
        <source>Type the words to find.</source>
        <translation>Gõ các từ cần tìm.</translation>
    </message>
    <message>
        <source>Counting the occurrences…</source>
        <translation>Đang đếm số lần xuất hiện…</translation>
    </message>
    <message numerus="yes">
        <source>Label %n occurrence(s)</source>
        <translation>
            <numerusform>Gán nhãn %n lần xuất hiện</numerusform>
        </translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>đã chấp nhận</translation>
    </message>
    <message>
        <source>pending suggestions</source>
        <translation>gợi ý chờ duyệt</translation>
    </message>
    <message numerus="yes">
        <source>%n occurrence(s) will be labelled</source>
        <translation>
            <numerusform>%n lần xuất hiện sẽ được gán nhãn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n document(s).</source>
        <translation>
            <numerusform>trong %n tài liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No occurrence can be labelled %1.</source>
        <translation>Không lần xuất hiện nào gán nhãn %1 được.</translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %n already labelled %1.</source>
        <translation>
            <numerusform>Bỏ qua: %n đã có nhãn %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %n rejected before as %1.</source>
        <translation>
            <numerusform>Bỏ qua: %n đã bị từ chối trước đây với nhãn %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %n overlapping another %1 span.</source>
        <translation>
            <numerusform>Bỏ qua: %n chồng lấn một chú thích %1 khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %n inside or across another annotation.</source>
        <translation>
            <numerusform>Bỏ qua: %n nằm trong hoặc vắt qua chú thích khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %n would cut a syllable.</source>
        <translation>
            <numerusform>Bỏ qua: %n sẽ cắt đôi một âm tiết.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Hướng dẫn</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>No document is open. Choose one in the document list, or add articles with File ▸ Import files… or Import folder…</source>
        <translation>Chưa mở tài liệu nào. Chọn một tài liệu trong danh sách, hoặc thêm bài báo bằng Tệp ▸ Nhập tệp… hoặc Nhập thư mục…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Dự án mới</translation>
    </message>
    <message>
        <source>Project open elsewhere</source>
        <translation>Dự án đang mở ở nơi khác</translation>
    </message>
    <message>
        <source>This project is also open in another window ({who}, process {pid} on {host}). Both save every edit; each shows the other&apos;s edits within a second, and Ctrl+Z in a window undoes only that window&apos;s own edits.</source>
        <translation>Dự án này cũng đang mở ở một cửa sổ khác ({who}, tiến trình {pid} trên {host}). Cả hai đều lưu mọi chỉnh sửa; mỗi bên thấy chỉnh sửa của bên kia trong vòng một giây, và Ctrl+Z ở cửa sổ nào chỉ hoàn tác chỉnh sửa của cửa sổ đó.</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Mở tài liệu</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (chỉ đọc)</translation>
    </message>
    <message>
        <source>Updated with changes made in another window</source>
        <translation>Đã cập nhật thay đổi từ cửa sổ khác</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>Create work packages</source>
        <translation>Tạo gói công việc</translation>
    </message>
    <message>
        <source>an, binh, chi</source>
        <translation>an, bình, chi</translation>
    </message>
    <message>
        <source>every document</source>
        <translation>mọi tài liệu</translation>
    </message>
    <message>
        <source>only {status} ones</source>
        <translation>chỉ tài liệu {status}</translation>
    </message>
    <message>
        <source>words of the title (empty: any)</source>
        <translation>các từ trong tiêu đề (để trống: mọi tiêu đề)</translation>
    </message>
    <message>
        <source>Copy pending suggestions</source>
        <translation>Sao chép gợi ý chờ duyệt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Annotators (comma separated)</source>
        <translation>Người chú thích (cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Title contains</source>
        <translation>Tiêu đề chứa</translation>
    </message>
    <message>
        <source>Annotators per document</source>
        <translation>Số người chú thích mỗi tài liệu</translation>
    </message>
    <message>
        <source>Documents everyone gets</source>
        <translation>Tài liệu ai cũng nhận</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Hạt giống ngẫu nhiên</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Folder for the packages</source>
        <translation>Thư mục chứa các gói</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Draw relations as arcs above the text</source>
        <translation>Vẽ quan hệ dạng cung phía trên văn bản</translation>
    </message>
    <message>
        <source>Ask before marking a document done while suggestions are pending</source>
        <translation>Hỏi trước khi đánh dấu xong một tài liệu còn gợi ý chờ duyệt</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Người chú thích</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tên của bạn</translation>
    </message>
    <message>
        <source>Signs every edit from now on, in this window and on the command line (stored in {path}). Empty: your login name.</source>
        <translation>Ký tên mọi chỉnh sửa từ nay, trong cửa sổ này và trên dòng lệnh (lưu trong {path}). Để trống: dùng tên đăng nhập.</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Đọc</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Phông chữ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <source>Space between paragraphs</source>
        <translation>Khoảng cách giữa các đoạn</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Theo hệ thống ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>A new language applies the next time the annotator starts.</source>
        <translation>Ngôn ngữ mới có hiệu lực từ lần mở ứng dụng sau.</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Khô&amp;ng với tất cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ thay đổi</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>RegistryView</name>
    <message>
        <source>People</source>
        <translation>Người</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Tổ chức</translation>
    </message>
    <message>
        <source>Find a name…</source>
        <translation>Tìm một tên…</translation>
    </message>
    <message>
        <source>Include suggestions</source>
        <translation>Gồm cả gợi ý</translation>
    </message>
    <message>
        <source>Link new mentions</source>
        <translation>Liên kết lần nhắc mới</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Gộp vào…</translation>
    </message>
    <message>
        <source>Split selected mentions</source>
        <translation>Tách các lần nhắc đang chọn</translation>
    </message>
    <message>
        <source>Post / evidence</source>
        <translation>Chức vụ / bằng chứng</translation>
    </message>
    <message>
        <source>Body / document</source>
        <translation>Cơ quan / tài liệu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Documents / how</source>
        <translation>Tài liệu / cách</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Mention</source>
        <translation>Lần nhắc</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <source>Stands for</source>
        <translation>Chỉ</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Người khác</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Dòng thời gian</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Lần nhắc</translation>
    </message>
    <message>
        <source>To confirm</source>
        <translation>Cần xác nhận</translation>
    </message>
    <message>
        <source>Every mention linked so far is a suggestion: tick Include suggestions to see them.</source>
        <translation>Mọi lần nhắc đã liên kết đều còn là gợi ý: đánh dấu «Gồm cả gợi ý» để xem.</translation>
    </message>
    <message>
        <source>No one here yet: Link new mentions adds the people and organisations</source>
        <translation>Chưa có ai: Liên kết lần nhắc mới sẽ thêm người và tổ chức</translation>
    </message>
    <message>
        <source> of the PER and ORG annotations.</source>
        <translation> từ các chú thích PER và ORG.</translation>
    </message>
    <message>
        <source>No name matches.</source>
        <translation>Không có tên nào khớp.</translation>
    </message>
    <message numerus="yes">
        <source>%n post(s)</source>
        <translation>
            <numerusform>%n chức vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n mention(s)</source>
        <translation>
            <numerusform>, %n lần nhắc</numerusform>
        </translation>
    </message>
    <message>
        <source>date: </source>
        <translation>ngày: </translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>to confirm</source>
        <translation>cần xác nhận</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>đã xác nhận</translation>
    </message>
    <message>
        <source>by name</source>
        <translation>theo tên</translation>
    </message>
    <message>
        <source>, suggestion</source>
        <translation>, gợi ý</translation>
    </message>
    <message numerus="yes">
        <source>To confirm (%n)</source>
        <translation>
            <numerusform>Cần xác nhận (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Registry: </source>
        <translation>Danh mục: </translation>
    </message>
    <message>
        <source>Nothing to link: no PER or ORG annotation is new. Annotate people and</source>
        <translation>Không có gì để liên kết: không có chú thích PER hay ORG nào mới. Hãy chú thích người và</translation>
    </message>
    <message>
        <source> organisations (or accept suggestions of them) first.</source>
        <translation> tổ chức (hoặc chấp nhận gợi ý về họ) trước.</translation>
    </message>
    <message>
        <source>Select the mentions that belong to someone else.</source>
        <translation>Chọn các lần nhắc thuộc về người khác.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Gộp</translation>
    </message>
    <message>
        <source>The same person or organisation as:</source>
        <translation>Cùng người hoặc tổ chức với:</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Đổi tên</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
</context>
<context>
    <name>RelationTypeDialog</name>
    <message>
        <source>Relation type</source>
        <translation>Loại quan hệ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Head labels</source>
        <translation>Nhãn đầu</translation>
    </message>
    <message>
        <source>Tail labels</source>
        <translation>Nhãn đích</translation>
    </message>
</context>
<context>
    <name>RelationsPanel</name>
    <message>
        <source>Head</source>
        <translation>Đầu</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Quan hệ</translation>
    </message>
    <message>
        <source>Tail</source>
        <translation>Đích</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
</context>
<context>
    <name>RemoveLabelDialog</name>
    <message>
        <source>Remove label {name}</source>
        <translation>Gỡ nhãn {name}</translation>
    </message>
    <message>
        <source>Delete its {count} annotations</source>
        <translation>Xóa {count} chú thích của nhãn</translation>
    </message>
    <message>
        <source>Relabel them to:</source>
        <translation>Đổi nhãn chúng thành:</translation>
    </message>
    <message>
        <source>{count} annotations use the label {name}.</source>
        <translation>{count} chú thích đang dùng nhãn {name}.</translation>
    </message>
</context>
<context>
    <name>ReviewActions</name>
    <message>
        <source>Deleted</source>
        <translation>Đã xóa</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Đã chấp nhận</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Đã từ chối</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Đã khôi phục</translation>
    </message>
    <message>
        <source>Deleted the relation {type}</source>
        <translation>Đã xóa quan hệ {type}</translation>
    </message>
    <message>
        <source>Nothing like it is pending</source>
        <translation>Không có gợi ý nào như vậy đang chờ duyệt</translation>
    </message>
    <message>
        <source>Accepted {count} {label} “{surface}” in {docs} document(s)</source>
        <translation>Đã chấp nhận {count} {label} “{surface}” trong {docs} tài liệu</translation>
    </message>
    <message>
        <source>Nothing from this suggester is pending</source>
        <translation>Nguồn gợi ý này không còn gợi ý chờ duyệt</translation>
    </message>
    <message>
        <source>Rejected {spans} span(s) and {relations} relation(s) from {who}</source>
        <translation>Đã từ chối {spans} chú thích và {relations} quan hệ của {who}</translation>
    </message>
    <message>
        <source>{text}, and rejected {count} relation(s) with it</source>
        <translation>{text}, và từ chối kèm theo {count} quan hệ</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>No more suggestions further on: back to this document&apos;s first</source>
        <translation>Không còn gợi ý phía sau: quay về gợi ý đầu tiên của tài liệu</translation>
    </message>
    <message>
        <source>No more suggestions in unfinished documents</source>
        <translation>Không còn gợi ý trong các tài liệu chưa xong</translation>
    </message>
    <message>
        <source>{count} suggestion(s) here</source>
        <translation>{count} gợi ý ở đây</translation>
    </message>
</context>
<context>
    <name>SchemaDialog</name>
    <message>
        <source>Label schema</source>
        <translation>Bộ nhãn</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>Across ¶</source>
        <translation>Qua ¶</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Mô tả</translation>
    </message>
    <message>
        <source>Relation type</source>
        <translation>Loại quan hệ</translation>
    </message>
    <message>
        <source>Head labels</source>
        <translation>Nhãn đầu</translation>
    </message>
    <message>
        <source>Tail labels</source>
        <translation>Nhãn đích</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Relation types</source>
        <translation>Loại quan hệ</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Thêm…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Đổi tên…</translation>
    </message>
    <message>
        <source>Colour…</source>
        <translation>Màu…</translation>
    </message>
    <message>
        <source>Key…</source>
        <translation>Phím…</translation>
    </message>
    <message>
        <source>Description…</source>
        <translation>Mô tả…</translation>
    </message>
    <message>
        <source>Across paragraphs</source>
        <translation>Qua nhiều đoạn</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Gỡ…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Sửa…</translation>
    </message>
    <message>
        <source>Import JSON…</source>
        <translation>Nhập JSON…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Xuất JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>allowed</source>
        <translation>cho phép</translation>
    </message>
    <message>
        <source>A label needs a name.</source>
        <translation>Nhãn cần có tên.</translation>
    </message>
    <message>
        <source>There is already a label {name}.</source>
        <translation>Đã có nhãn {name}.</translation>
    </message>
    <message>
        <source>{color} is not a colour.</source>
        <translation>{color} không phải là màu.</translation>
    </message>
    <message>
        <source>A key is a single character.</source>
        <translation>Phím chỉ là một ký tự.</translation>
    </message>
    <message>
        <source>The key {key} already belongs to {name}.</source>
        <translation>Phím {key} đã thuộc về {name}.</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Words or a phrase (quoc hoi finds Quốc hội), or label:ROLE &quot;Bí thư&quot;</source>
        <translation>Từ hoặc cụm từ (quoc hoi tìm được Quốc hội), hoặc label:ROLE &quot;Bí thư&quot;</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>Phân biệt hoa thường</translation>
    </message>
    <message>
        <source>Match diacritics</source>
        <translation>Phân biệt dấu</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Biểu thức chính quy</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Any label</source>
        <translation>Mọi nhãn</translation>
    </message>
    <message>
        <source>Any annotator</source>
        <translation>Mọi người chú thích</translation>
    </message>
    <message>
        <source>Annotated or not</source>
        <translation>Đã chú thích hay chưa</translation>
    </message>
    <message>
        <source>Annotated</source>
        <translation>Đã chú thích</translation>
    </message>
    <message>
        <source>Not annotated</source>
        <translation>Chưa chú thích</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>Label all…</source>
        <translation>Gán nhãn tất cả…</translation>
    </message>
    <message>
        <source>Type words to find, or label:NAME.</source>
        <translation>Gõ từ cần tìm, hoặc label:TÊN.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Đang tìm…</translation>
    </message>
    <message numerus="yes">
        <source>Searching… %n hit(s) so far</source>
        <translation>
            <numerusform>Đang tìm… đã có %n kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hit(s)</source>
        <translation>
            <numerusform>%n kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n document(s)</source>
        <translation>
            <numerusform> trong %n tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>; only the first %1 are listed: narrow the search</source>
        <translation>; chỉ liệt kê %1 kết quả đầu: hãy thu hẹp tìm kiếm</translation>
    </message>
    <message numerus="yes">
        <source>; %n match(es) inside a syllable left out</source>
        <translation>
            <numerusform>; bỏ %n kết quả nằm giữa một âm tiết</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
    <message>
        <source>label {name}</source>
        <translation>gán nhãn {name}</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Tác dụng</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Open project…</source>
        <translation>Mở dự án…</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Dự án mới…</translation>
    </message>
    <message>
        <source>No project is open. Open one, or create a new project and import articles.</source>
        <translation>Chưa mở dự án nào. Hãy mở một dự án, hoặc tạo dự án mới và nhập bài báo.</translation>
    </message>
    <message>
        <source>Recent projects:</source>
        <translation>Dự án gần đây:</translation>
    </message>
</context>
<context>
    <name>StatsDialog</name>
    <message>
        <source>Corpus statistics</source>
        <translation>Thống kê kho ngữ liệu</translation>
    </message>
    <message>
        <source>Count per split</source>
        <translation>Đếm theo phần chia</translation>
    </message>
    <message>
        <source>Save CSV and PNG…</source>
        <translation>Lưu CSV và PNG…</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Đang đếm…</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Phân chia:</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>hạt giống</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>By annotator</source>
        <translation>Theo người chú thích</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Người chú thích</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Chú thích</translation>
    </message>
    <message>
        <source>Suggesters</source>
        <translation>Nguồn gợi ý</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Frequent surfaces</source>
        <translation>Chuỗi chữ thường gặp</translation>
    </message>
    <message>
        <source>Splits</source>
        <translation>Phân chia</translation>
    </message>
    <message>
        <source>Save statistics into</source>
        <translation>Lưu thống kê vào</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n file(s) to </source>
        <translation>
            <numerusform>Đã ghi %n tệp vào </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TeamController</name>
    <message>
        <source>Layers</source>
        <translation>Số lớp</translation>
    </message>
    <message>
        <source>Layer: </source>
        <translation>Lớp: </translation>
    </message>
    <message>
        <source>&amp;Team</source>
        <translation>&amp;Nhóm</translation>
    </message>
    <message>
        <source>Create work &amp;packages…</source>
        <translation>Tạo &amp;gói công việc…</translation>
    </message>
    <message>
        <source>&amp;Merge packages…</source>
        <translation>Gộ&amp;p các gói…</translation>
    </message>
    <message>
        <source>&amp;Agreement…</source>
        <translation>Độ đồng &amp;thuận…</translation>
    </message>
    <message>
        <source>&amp;Curate this document…</source>
        <translation>&amp;Hiệu đính tài liệu này…</translation>
    </message>
    <message>
        <source>All layers</source>
        <translation>Mọi lớp</translation>
    </message>
    <message>
        <source>My layer ({name})</source>
        <translation>Lớp của tôi ({name})</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (chỉ đọc)</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Đã hiệu đính</translation>
    </message>
    <message>
        <source>Merge work packages</source>
        <translation>Gộp gói công việc</translation>
    </message>
    <message>
        <source>Projects (*.db)</source>
        <translation>Dự án (*.db)</translation>
    </message>
    <message>
        <source>{n} of {m} packages merged.</source>
        <translation>Đã gộp {n}/{m} gói.</translation>
    </message>
    <message>
        <source>Merge packages</source>
        <translation>Gộp các gói</translation>
    </message>
    <message>
        <source>Work packages</source>
        <translation>Gói công việc</translation>
    </message>
    <message>
        <source>Packages written.</source>
        <translation>Đã ghi các gói.</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Độ đồng thuận</translation>
    </message>
    <message>
        <source>Open a document to curate first.</source>
        <translation>Hãy mở một tài liệu để hiệu đính trước.</translation>
    </message>
</context>
<context>
    <name>ViewCommandsMixin</name>
    <message>
        <source>Reading size {size} pt</source>
        <translation>Cỡ chữ đọc {size} pt</translation>
    </message>
    <message>
        <source>The new language applies the next time the annotator starts.</source>
        <translation>Ngôn ngữ mới sẽ có hiệu lực từ lần mở ứng dụng sau.</translation>
    </message>
    <message>
        <source>whole words</source>
        <translation>cả từ</translation>
    </message>
    <message>
        <source>syllables</source>
        <translation>âm tiết</translation>
    </message>
    <message>
        <source>Selections snap to {unit}</source>
        <translation>Vùng chọn bám theo {unit}</translation>
    </message>
</context>
</TS>
