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
        <source>{spans}, {relations}</source>
        <translation>{spans}, {relations}</translation>
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
        <source>(untitled #{id})</source>
        <translation>(chưa có tiêu đề #{id})</translation>
    </message>
    <message numerus="yes">
        <source>{message}, and rejected %Ln relation(s) with it</source>
        <translation>
            <numerusform>{message}, và từ chối kèm theo %Ln quan hệ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message}, and accepted %Ln span(s) with it</source>
        <translation>
            <numerusform>{message}, và chấp nhận kèm theo %Ln chú thích</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{message}; removed %Ln relation(s) the new label does not fit (Ctrl+Z takes it back)</source>
        <translation>
            <numerusform>{message}; đã xóa %Ln quan hệ không hợp với nhãn mới (Ctrl+Z để hoàn tác)</numerusform>
        </translation>
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
        <source>Nothing changed: the selection overlaps {n} {label} spans; select words over only one to correct its extent</source>
        <translation>Không thay đổi gì: vùng chọn đè lên {n} chú thích {label}; hãy chọn các từ chỉ đè lên một chú thích để sửa phạm vi của nó</translation>
    </message>
    <message>
        <source>Accepted {label} with its extent corrected: {surface}</source>
        <translation>Đã chấp nhận {label} sau khi sửa phạm vi: {surface}</translation>
    </message>
    <message>
        <source>Corrected the extent of {label}: “{old}” → “{new}”</source>
        <translation>Đã sửa phạm vi của {label}: “{old}” → “{new}”</translation>
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
        <source>{verb} {spans} and {relations}</source>
        <translation>{verb} {spans} và {relations}</translation>
    </message>
    <message>
        <source>{n} in other annotators&apos; layers left to them</source>
        <translation>để lại {n} gợi ý trong lớp của người chú thích khác cho chính họ</translation>
    </message>
    <message>
        <source>(Ctrl+Z takes it back)</source>
        <translation>(Ctrl+Z để hoàn tác)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln crossing suggestion(s) left pending, to decide one by one ({pairs})</source>
        <translation>
            <numerusform>%Ln gợi ý cắt ngang nhau vẫn để chờ, để quyết định từng cái một ({pairs})</numerusform>
        </translation>
    </message>
    <message>
        <source>The {n} pending suggestions here are in other annotators&apos; layers</source>
        <translation>{n} gợi ý chờ duyệt ở đây thuộc lớp của người chú thích khác</translation>
    </message>
    <message>
        <source>No pending suggestions in this document</source>
        <translation>Tài liệu này không còn gợi ý chờ duyệt</translation>
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
        <source>Relation from {label} “{surface}”: click the target span, or the caret into it, Tab, Enter; Esc cancels</source>
        <translation>Quan hệ từ {label} “{surface}”: nhấp chú thích đích, hoặc đưa con trỏ vào, Tab, Enter; Esc để hủy</translation>
    </message>
    <message>
        <source>Relation cancelled</source>
        <translation>Đã hủy quan hệ</translation>
    </message>
    <message>
        <source>Put the caret in the target span, then Tab and Enter; Esc cancels</source>
        <translation>Đưa con trỏ vào chú thích đích, rồi nhấn Tab và Enter; Esc để hủy</translation>
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
        <translation>: Enter chấp nhận, Backspace từ chối</translation>
    </message>
    <message numerus="yes">
        <source>The same relation in %Ln layer(s): {names}</source>
        <translation>
            <numerusform>Cùng quan hệ này có ở %Ln lớp: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the relation {type}</source>
        <translation>Đã xóa quan hệ {type}</translation>
    </message>
    <message>
        <source>curated layer</source>
        <translation>lớp đã hiệu đính</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln layer(s): {names}</source>
        <translation>
            <numerusform>ở %Ln lớp: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Word mode needs a word splitter; selecting syllables</source>
        <translation>Chế độ theo từ cần bộ tách từ; đang chọn theo âm tiết</translation>
    </message>
    <message>
        <source>Target {label} “{surface}”: Enter links it, Esc cancels</source>
        <translation>Đích {label} “{surface}”: Enter để nối, Esc để hủy</translation>
    </message>
    <message>
        <source>Suggested {label} “{surface}” ({source}): Enter accepts, Backspace rejects</source>
        <translation>Gợi ý {label} “{surface}” ({source}): Enter chấp nhận, Backspace từ chối</translation>
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
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Id in its corpus</source>
        <translation>Mã trong kho gốc</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Địa chỉ web</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Bảng mã</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Vùng văn bản</translation>
    </message>
    <message>
        <source>Import warnings</source>
        <translation>Cảnh báo khi nhập</translation>
    </message>
    <message>
        <source>body</source>
        <translation>thân bài</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>thẻ</translation>
    </message>
    <message>
        <source>source line</source>
        <translation>dòng nguồn</translation>
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
        <source>Write full source paths (they name your folders)</source>
        <translation>Ghi đường dẫn nguồn đầy đủ (lộ tên các thư mục của bạn)</translation>
    </message>
    <message>
        <source>Off: each document&apos;s source is written from the folder it was imported from; the full path stays in the project.</source>
        <translation>Tắt: nguồn của mỗi tài liệu được ghi tính từ thư mục đã nhập; đường dẫn đầy đủ chỉ giữ trong dự án.</translation>
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
    <message numerus="yes">
        <source>Opened the clean copy (%Ln change(s)).</source>
        <translation>
            <numerusform>Đã mở bản sao sạch (%Ln thay đổi).</numerusform>
        </translation>
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
        <source>Save a copy</source>
        <translation>Lưu một bản sao</translation>
    </message>
    <message>
        <source>Copy saved; you are still working in this project. The copy: {copy}</source>
        <translation>Đã lưu bản sao; bạn vẫn đang làm việc trong dự án này. Bản sao: {copy}</translation>
    </message>
    <message>
        <source>Your change was not saved</source>
        <translation>Thay đổi của bạn chưa được lưu</translation>
    </message>
    <message>
        <source>The project file was changed by another program</source>
        <translation>Tệp dự án đã bị một chương trình khác thay đổi</translation>
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
        <source>{title} cancelled.</source>
        <translation>{title} đã bị hủy.</translation>
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
        <source>{done} of {documents}{eta}</source>
        <translation>{done} trên {documents}{eta}</translation>
    </message>
    <message>
        <source>Suggesting</source>
        <translation>Đang gợi ý</translation>
    </message>
    <message>
        <source>{suggestions} and {relations} in {documents} ({seconds} s)</source>
        <translation>{suggestions} và {relations} được đề xuất trong {documents} ({seconds} giây)</translation>
    </message>
    <message>
        <source> (cancelled before the end)</source>
        <translation> (đã hủy trước khi xong)</translation>
    </message>
    <message>
        <source>document {id}: {reason}</source>
        <translation>tài liệu {id}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln span(s) found were already there (pending, accepted or rejected; a rejected one is never proposed again).</source>
        <translation>
            <numerusform>%Ln chú thích tìm được đều đã có sẵn (đang chờ duyệt, đã chấp nhận hoặc đã từ chối; chú thích đã từ chối không bao giờ được đề xuất lại).</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Gợi ý</translation>
    </message>
    <message>
        <source>the rules</source>
        <translation>các luật</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>mô hình</translation>
    </message>
    <message>
        <source>the project&apos;s memory</source>
        <translation>bộ nhớ của dự án</translation>
    </message>
    <message>
        <source>Left out: {what} (Annotate ▸ Suggesters).</source>
        <translation>Đã bỏ ra: {what} (Chú thích ▸ Bộ gợi ý).</translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s memory held back %Ln suggestion(s) rejected at least twice and never accepted with that label.</source>
        <translation>
            <numerusform>Bộ nhớ của dự án đã bỏ qua %Ln gợi ý từng bị từ chối ít nhất hai lần và chưa lần nào được chấp nhận với nhãn đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>Held back by the project&apos;s memory:</source>
        <translation>Những gợi ý bộ nhớ của dự án đã bỏ qua:</translation>
    </message>
    <message numerus="yes">
        <source>Withdrew %Ln pending suggestion(s) the project&apos;s memory now holds back (Ctrl+Z puts them back).</source>
        <translation>
            <numerusform>Đã rút lại %Ln gợi ý chờ duyệt mà bộ nhớ của dự án nay bỏ qua (Ctrl+Z để đặt lại).</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdrawn, as the project&apos;s memory now holds them back:</source>
        <translation>Đã rút lại, vì bộ nhớ của dự án nay bỏ qua:</translation>
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
        <source>Trained on {n} of {documents} in {seconds} s.</source>
        <translation>Đã huấn luyện trên {n} trong {documents}, mất {seconds} giây.</translation>
    </message>
    <message>
        <source>; the rules alone: {f1}</source>
        <translation>; riêng luật: {f1}</translation>
    </message>
    <message>
        <source>On {documents} held back to test it, it finds {recall} of the annotations made by hand, and {precision} of the spans it proposes are right (F1 {f1}{compared}).</source>
        <translation>Trên {documents} giữ lại để kiểm tra, mô hình tìm được {recall} số chú thích làm bằng tay, và {precision} số chú thích nó đề xuất là đúng (F1 {f1}{compared}).</translation>
    </message>
    <message>
        <source>No annotation of its labels is in {documents} held back to test it, so there is nothing to score it against yet.</source>
        <translation>{documents} giữ lại để kiểm tra không có chú thích nào thuộc các nhãn của mô hình, nên chưa có gì để chấm điểm.</translation>
    </message>
    <message>
        <source>No document could be held back to test it (it needs more finished documents), so there are no scores yet.</source>
        <translation>Chưa giữ lại được tài liệu nào để kiểm tra (cần thêm tài liệu đã xong), nên chưa có điểm.</translation>
    </message>
    <message>
        <source>Suggestions under {percent}% were left out (Annotate ▸ Minimum confidence of suggestions).</source>
        <translation>Các gợi ý có độ tin cậy dưới {percent}% đã bị bỏ qua (Chú thích ▸ Lọc gợi ý theo độ tin cậy tối thiểu).</translation>
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
        <source>starting documents</source>
        <translation>bắt đầu tài liệu</translation>
    </message>
    <message>
        <source>renaming a document</source>
        <translation>đổi tên tài liệu</translation>
    </message>
    <message>
        <source>deleting a document</source>
        <translation>xóa tài liệu</translation>
    </message>
    <message>
        <source>restoring a document</source>
        <translation>khôi phục tài liệu</translation>
    </message>
    <message>
        <source>editing the document note</source>
        <translation>sửa ghi chú của tài liệu</translation>
    </message>
    <message>
        <source>restoring the document status</source>
        <translation>khôi phục trạng thái của tài liệu</translation>
    </message>
    <message>
        <source>adding suggestions</source>
        <translation>thêm gợi ý</translation>
    </message>
    <message>
        <source>restoring annotations</source>
        <translation>khôi phục chú thích</translation>
    </message>
    <message>
        <source>editing a label of the schema</source>
        <translation>sửa một nhãn của bộ nhãn</translation>
    </message>
    <message>
        <source>renaming a label</source>
        <translation>đổi tên nhãn</translation>
    </message>
    <message>
        <source>removing a label from the schema</source>
        <translation>bỏ một nhãn khỏi bộ nhãn</translation>
    </message>
    <message>
        <source>editing a relation type</source>
        <translation>sửa một loại quan hệ</translation>
    </message>
    <message>
        <source>removing a relation type</source>
        <translation>bỏ một loại quan hệ</translation>
    </message>
    <message>
        <source>adding an entity</source>
        <translation>thêm thực thể</translation>
    </message>
    <message>
        <source>deleting an entity</source>
        <translation>xóa thực thể</translation>
    </message>
    <message>
        <source>restoring an entity</source>
        <translation>khôi phục thực thể</translation>
    </message>
    <message>
        <source>linking mentions to an entity</source>
        <translation>liên kết các lần nhắc với một thực thể</translation>
    </message>
    <message>
        <source>merging entities</source>
        <translation>gộp thực thể</translation>
    </message>
    <message>
        <source>renaming an entity</source>
        <translation>đổi tên thực thể</translation>
    </message>
    <message>
        <source>adding names of an entity</source>
        <translation>thêm tên cho thực thể</translation>
    </message>
    <message>
        <source>removing names of an entity</source>
        <translation>bỏ tên của thực thể</translation>
    </message>
    <message>
        <source>merging an annotation layer</source>
        <translation>gộp một lớp chú thích</translation>
    </message>
    <message>
        <source>curating annotations</source>
        <translation>hiệu đính chú thích</translation>
    </message>
    <message>
        <source>curating an annotation</source>
        <translation>hiệu đính một chú thích</translation>
    </message>
    <message>
        <source>merging a package</source>
        <translation>gộp một gói</translation>
    </message>
    <message>
        <source>switching the annotation layer</source>
        <translation>đổi lớp chú thích</translation>
    </message>
    <message>
        <source>suggesting a held-back surface again</source>
        <translation>gợi ý lại một chuỗi chữ bộ nhớ đã bỏ qua</translation>
    </message>
    <message>
        <source>holding a surface back again</source>
        <translation>để bộ nhớ bỏ qua lại một chuỗi chữ</translation>
    </message>
    <message>
        <source>importing a label schema</source>
        <translation>nhập một bộ nhãn</translation>
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
        <source>Redone: {what}.</source>
        <translation>Đã làm lại: {what}.</translation>
    </message>
    <message>
        <source>Undone: {what}.</source>
        <translation>Đã hoàn tác: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>Removed again: %Ln relation(s) the new label does not fit.</source>
        <translation>
            <numerusform>Đã xóa lại %Ln quan hệ không hợp với nhãn mới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored: %Ln relation(s) the new label did not fit.</source>
        <translation>
            <numerusform>Đã khôi phục %Ln quan hệ không hợp với nhãn mới.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>suggesting %Ln held-back surface(s) again</source>
        <translation>
            <numerusform>gợi ý lại %Ln chuỗi chữ bộ nhớ đã bỏ qua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) at once</source>
        <translation>
            <numerusform>%Ln thay đổi cùng lúc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>withdrawing %Ln pending suggestion(s) the project&apos;s memory holds back</source>
        <translation>
            <numerusform>rút lại %Ln gợi ý chờ duyệt mà bộ nhớ của dự án bỏ qua</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>removing %Ln annotation(s)</source>
        <translation>
            <numerusform>xóa %Ln chú thích</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>label {label} on %Ln mention(s)</source>
        <translation>
            <numerusform>gán nhãn {label} cho %Ln lần nhắc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepting %Ln suggestion(s)</source>
        <translation>
            <numerusform>chấp nhận %Ln gợi ý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejecting %Ln suggestion(s)</source>
        <translation>
            <numerusform>từ chối %Ln gợi ý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returning %Ln annotation(s) to pending</source>
        <translation>
            <numerusform>đưa %Ln chú thích về chờ duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>accepting %Ln suggested relation(s)</source>
        <translation>
            <numerusform>chấp nhận %Ln quan hệ được gợi ý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>with %Ln pending span(s)</source>
        <translation>
            <numerusform>cùng %Ln chú thích đang chờ duyệt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rejecting %Ln suggested relation(s)</source>
        <translation>
            <numerusform>từ chối %Ln quan hệ được gợi ý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>returning %Ln relation(s) to pending</source>
        <translation>
            <numerusform>đưa %Ln quan hệ về chờ duyệt</numerusform>
        </translation>
    </message>
    <message>
        <source>deleting the document “{title}”</source>
        <translation>xóa tài liệu “{title}”</translation>
    </message>
    <message>
        <source>curating {what}</source>
        <translation>hiệu đính {what}</translation>
    </message>
    <message numerus="yes">
        <source>merging the layer of {annotator} (%Ln document(s))</source>
        <translation>
            <numerusform>gộp lớp của {annotator} (%Ln tài liệu)</numerusform>
        </translation>
    </message>
    <message>
        <source>merging the package {package} of {annotator}</source>
        <translation>gộp gói {package} của {annotator}</translation>
    </message>
    <message>
        <source>label {label} on {text}</source>
        <translation>gán nhãn {label} cho {text}</translation>
    </message>
    <message>
        <source>removing {label} from {text}</source>
        <translation>xóa nhãn {label} khỏi {text}</translation>
    </message>
    <message>
        <source>relabelling {text} from {old} to {label}</source>
        <translation>đổi nhãn {text} từ {old} thành {label}</translation>
    </message>
    <message>
        <source>resizing {label} to {text}</source>
        <translation>đổi phạm vi {label} thành {text}</translation>
    </message>
    <message>
        <source>accepting {label} {text}</source>
        <translation>chấp nhận {label} {text}</translation>
    </message>
    <message>
        <source>rejecting {label} {text}</source>
        <translation>từ chối {label} {text}</translation>
    </message>
    <message>
        <source>returning {label} {text} to pending</source>
        <translation>đưa {label} {text} về chờ duyệt</translation>
    </message>
    <message>
        <source>accepting {text} as {label}</source>
        <translation>chấp nhận {text} là {label}</translation>
    </message>
    <message>
        <source>relation {type} from {head} to {tail}</source>
        <translation>thêm quan hệ {type} từ {head} đến {tail}</translation>
    </message>
    <message>
        <source>removing relation {type} from {head} to {tail}</source>
        <translation>xóa quan hệ {type} từ {head} đến {tail}</translation>
    </message>
    <message>
        <source>marking the document {status}: “{title}”</source>
        <translation>đánh dấu tài liệu là {status}: “{title}”</translation>
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
        <source>Save a &amp;copy…</source>
        <translation>Lưu một &amp;bản sao…</translation>
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
        <source>Room between lines for the &amp;label of the span under the pointer</source>
        <translation>Chừa chỗ giữa các dòng cho &amp;nhãn của chú thích dưới con trỏ</translation>
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
        <source>Recent &amp;messages…</source>
        <translation>Thông &amp;báo gần đây…</translation>
    </message>
    <message>
        <source>Reset &amp;panel layout</source>
        <translation>Đặt lại bố cục các &amp;khung</translation>
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
        <source>Mark every &amp;unfinished document of the list done…</source>
        <translation>Đánh dấu xong mọi tài liệu &amp;chưa xong trong danh sách…</translation>
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
        <source>underthesea &amp;NER (slower)</source>
        <translation>&amp;NER của underthesea (chậm hơn)</translation>
    </message>
    <message>
        <source>&amp;Held back by the memory…</source>
        <translation>&amp;Những gì bộ nhớ đã bỏ qua…</translation>
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
        <source>Su&amp;ggesters</source>
        <translation>&amp;Bộ gợi ý</translation>
    </message>
    <message>
        <source>&amp;Rules and gazetteers</source>
        <translation>&amp;Luật và danh mục</translation>
    </message>
    <message>
        <source>The political-domain rules and lists.</source>
        <translation>Các luật và danh mục của lĩnh vực chính trị.</translation>
    </message>
    <message>
        <source>The &amp;model</source>
        <translation>&amp;Mô hình</translation>
    </message>
    <message>
        <source>The project&apos;s own model once trained, else the shipped base model.</source>
        <translation>Mô hình riêng của dự án khi đã huấn luyện, nếu chưa thì mô hình gốc đi kèm.</translation>
    </message>
    <message>
        <source>&amp;The project&apos;s memory</source>
        <translation>&amp;Bộ nhớ của dự án</translation>
    </message>
    <message>
        <source>Extends a suggestion to a longer name marked in a worked document, holds back one rejected twice and never accepted, and withdraws its copies still pending.</source>
        <translation>Mở rộng một gợi ý thành tên dài hơn đã đánh dấu trong một tài liệu đã làm, bỏ qua gợi ý đã bị từ chối hai lần và chưa lần nào được chấp nhận, và rút lại các bản của nó còn chờ duyệt.</translation>
    </message>
    <message>
        <source>Minimum &amp;confidence of suggestions</source>
        <translation>Lọc gợi ý theo độ t&amp;in cậy tối thiểu</translation>
    </message>
    <message>
        <source>{percent}% or more</source>
        <translation>Từ {percent}% trở lên</translation>
    </message>
    <message>
        <source>Any confidence</source>
        <translation>Mọi độ tin cậy</translation>
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
        <source>Reject all like this (same text and label)</source>
        <translation>Từ chối mọi gợi ý giống thế này (cùng chữ và nhãn)</translation>
    </message>
    <message>
        <source>Reject all from {who}</source>
        <translation>Từ chối mọi gợi ý của {who}</translation>
    </message>
    <message numerus="yes">
        <source>Accept the %Ln listed suggestion(s)</source>
        <translation>
            <numerusform>Chấp nhận %Ln gợi ý đang liệt kê</numerusform>
        </translation>
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
        <source>the shipped name classifier</source>
        <translation>bộ phân loại tên đi kèm</translation>
    </message>
    <message>
        <source>the shipped event classifier</source>
        <translation>bộ phân loại sự kiện đi kèm</translation>
    </message>
    <message>
        <source>relation patterns</source>
        <translation>mẫu quan hệ</translation>
    </message>
    <message>
        <source>the project&apos;s memory of names marked before</source>
        <translation>bộ nhớ của dự án về các tên đã đánh dấu</translation>
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
        <source>names</source>
        <translation>phân loại tên</translation>
    </message>
    <message>
        <source>events</source>
        <translation>phân loại sự kiện</translation>
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
        <source>memory</source>
        <translation>bộ nhớ</translation>
    </message>
    <message>
        <source>suggested</source>
        <translation>gợi ý</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>chấp nhận</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>từ chối</translation>
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
        <source>¶{paragraph}:{line}</source>
        <translation>¶{paragraph}:{line}</translation>
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
        <source>Paragraph : line (as wrapped on screen), as the status bar shows them</source>
        <translation>Đoạn : dòng (theo dòng hiển thị trên màn hình), như thanh trạng thái ghi</translation>
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
        <source>Remove the relation type {name} and its {relations}?</source>
        <translation>Gỡ loại quan hệ {name} cùng {relations} của nó?</translation>
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
        <source>label the selection (over one span of that label: correct its extent, and accept it if a suggestion; Ctrl+Z takes it back); on a suggestion, accept it as that label</source>
        <translation>gán nhãn cho vùng chọn (đè lên một chú thích cùng nhãn: sửa phạm vi của nó, và chấp nhận nếu là gợi ý; Ctrl+Z để hoàn tác); trên một gợi ý, chấp nhận nó với nhãn đó</translation>
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
        <source>next / previous suggestion (at a document&apos;s last, the same key again goes to the next document)</source>
        <translation>gợi ý tiếp / trước (ở gợi ý cuối của tài liệu, nhấn lại phím đó để sang tài liệu tiếp)</translation>
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
        <source>in the document list: go to a document and open it (with Shift: pick several)</source>
        <translation>trong danh sách tài liệu: đến một tài liệu và mở nó (với Shift: chọn nhiều tài liệu)</translation>
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
        <source>At least one of the rules, the model and underthesea NER must run.</source>
        <translation>Phải chạy ít nhất một trong các luật, mô hình và NER của underthesea.</translation>
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
        <source>The window takes no keys while this runs: editing resumes when it ends or is cancelled (Esc).</source>
        <translation>Cửa sổ không nhận phím khi việc này đang chạy: có thể sửa tiếp khi nó xong hoặc bị hủy (Esc).</translation>
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
        <source>      e.g. {source}: {reason}</source>
        <translation>      vd. {source}: {reason}</translation>
    </message>
    <message>
        <source>  ... and {n} more</source>
        <translation>  ... và {n} tài liệu khác</translation>
    </message>
    <message>
        <source>  {document} (same text as {first})</source>
        <translation>  {document} (cùng văn bản với {first})</translation>
    </message>
    <message>
        <source>  {line}</source>
        <translation>  {line}</translation>
    </message>
    <message>
        <source>--common {common}: there are only {count} documents</source>
        <translation>--common {common}: chỉ có {count} tài liệu</translation>
    </message>
    <message>
        <source>--map takes OLD=NEW, not {item!r}</source>
        <translation>--map cần dạng CŨ=MỚI, không phải {item!r}</translation>
    </message>
    <message>
        <source>--new-labels must be add or refuse, not {new_labels!r}</source>
        <translation>--new-labels phải là add hoặc refuse, không phải {new_labels!r}</translation>
    </message>
    <message>
        <source>Another program (an import, another window, or another person&apos;s session) kept {file} locked for {seconds} s, so this change was not saved; everything saved before it is intact. Wait until it has finished, then do it again.</source>
        <translation>Một chương trình khác (một lần nhập dữ liệu, một cửa sổ khác hoặc phiên làm việc của người khác) đã khóa {file} suốt {seconds} giây, nên thay đổi này chưa được lưu; mọi thứ đã lưu trước đó vẫn nguyên vẹn. Hãy đợi chương trình đó xong rồi làm lại.</translation>
    </message>
    <message>
        <source>Another program (an import, another window, or another person&apos;s session) kept {file} locked, so this change was not saved; everything saved before it is intact. Wait until it has finished, then do it again.</source>
        <translation>Một chương trình khác (một lần nhập dữ liệu, một cửa sổ khác hoặc phiên làm việc của người khác) đang khóa {file}, nên thay đổi này chưa được lưu; mọi thứ đã lưu trước đó vẫn nguyên vẹn. Hãy đợi chương trình đó xong rồi làm lại.</translation>
    </message>
    <message>
        <source>Cannot read gazetteer file {name}: {exc}</source>
        <translation>Không đọc được tệp từ điển tên riêng {name}: {exc}</translation>
    </message>
    <message>
        <source>Gazetteer file {name} has unknown kind {kind!r}; name the file after one of: {choices}, or add a line &apos;# kind: NAME&apos;.</source>
        <translation>Tệp từ điển tên riêng {name} có loại không rõ {kind!r}; hãy đặt tên tệp theo một trong: {choices}, hoặc thêm dòng &apos;# kind: NAME&apos;.</translation>
    </message>
    <message>
        <source>JSON nested too deeply (over {levels} levels)</source>
        <translation>JSON lồng nhau quá sâu (quá {levels} cấp)</translation>
    </message>
    <message>
        <source>JSON nested {levels} levels deep, over the limit of {limit}; it was not read</source>
        <translation>JSON lồng nhau {levels} cấp, vượt giới hạn {limit}; không được đọc</translation>
    </message>
    <message>
        <source>Kept with their own annotations, though another document has the same text: {n}</source>
        <translation>Giữ lại cùng chú thích riêng, dù có tài liệu khác cùng văn bản: {n}</translation>
    </message>
    <message>
        <source>Labels renamed by the label map: {renamed}</source>
        <translation>Nhãn được đổi tên theo bảng ánh xạ nhãn: {renamed}</translation>
    </message>
    <message>
        <source>New labels added to the schema: {labels}</source>
        <translation>Nhãn mới được thêm vào bộ nhãn: {labels}</translation>
    </message>
    <message>
        <source>New relation types added to the schema: {types}</source>
        <translation>Loại quan hệ mới được thêm vào bộ nhãn: {types}</translation>
    </message>
    <message>
        <source>No done or reviewed document has accepted annotations yet: annotate a few documents and mark them done, then train.</source>
        <translation>Chưa có tài liệu nào đã xong hoặc đã duyệt mang chú thích được chấp nhận: hãy chú thích vài tài liệu, đánh dấu xong, rồi huấn luyện.</translation>
    </message>
    <message>
        <source>No suggester named {main!r} ran; choose one of: {choices}.</source>
        <translation>Không có nguồn gợi ý nào tên {main!r} đã chạy; hãy chọn một trong: {choices}.</translation>
    </message>
    <message>
        <source>Reading or writing {file} failed at the disk ({exc}). The disk may be full, removed, or the file may have reached a size limit. The last change was not saved and everything saved before it is intact; check the disk and try again.</source>
        <translation>Đọc hoặc ghi {file} bị lỗi ở ổ đĩa ({exc}). Ổ đĩa có thể đã đầy, đã bị tháo ra, hoặc tệp đã chạm giới hạn kích thước. Thay đổi cuối cùng chưa được lưu và mọi thứ đã lưu trước đó vẫn nguyên vẹn; hãy kiểm tra ổ đĩa rồi thử lại.</translation>
    </message>
    <message>
        <source>Relation types now allowing more labels: {types}</source>
        <translation>Loại quan hệ nay chấp nhận thêm nhãn: {types}</translation>
    </message>
    <message>
        <source>Skipped, by reason:</source>
        <translation>Bị bỏ qua, theo lý do:</translation>
    </message>
    <message>
        <source>The disk holding {name} is full, so SQLite cannot create its working files beside it; the project is open for reading only, as its file says.</source>
        <translation>Ổ đĩa chứa {name} đã đầy, nên SQLite không tạo được các tệp làm việc bên cạnh nó; dự án được mở chỉ để đọc, đúng như nội dung tệp.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved to {file}; it was undone whole and everything saved before it is intact. Free some disk space and do it again.</source>
        <translation>Ổ đĩa đã đầy nên thay đổi cuối cùng không lưu được vào {file}; thay đổi đã được hủy trọn vẹn và mọi thứ đã lưu trước đó vẫn nguyên vẹn. Hãy giải phóng bớt dung lượng ổ đĩa rồi làm lại.</translation>
    </message>
    <message>
        <source>The disk is full, so the last change could not be saved; it was undone whole and everything saved before it is intact. Free some disk space and do it again.</source>
        <translation>Ổ đĩa đã đầy nên thay đổi cuối cùng không lưu được; thay đổi đã được hủy trọn vẹn và mọi thứ đã lưu trước đó vẫn nguyên vẹn. Hãy giải phóng bớt dung lượng ổ đĩa rồi làm lại.</translation>
    </message>
    <message>
        <source>The key of {owner} must be one visible character, not {key!r}.</source>
        <translation>Phím của {owner} phải là một ký tự nhìn thấy được, không phải {key!r}.</translation>
    </message>
    <message>
        <source>The key {key!r} cannot be given to {owner}: it is reserved ({reason}).</source>
        <translation>Không thể gán phím {key!r} cho {owner}: phím này đã được dành riêng ({reason}).</translation>
    </message>
    <message>
        <source>The recovery log {log} beside {project} did not belong to it: {reason}. Applying it would have damaged the project, so it was moved to {moved} and not applied; {project} is exactly as its file says. If you restored this file from a copy on purpose, nothing more is needed.</source>
        <translation>Nhật ký khôi phục {log} bên cạnh {project} không thuộc về dự án này: {reason}. Áp dụng nó sẽ làm hỏng dự án, nên nó đã được chuyển sang {moved} và không được áp dụng; {project} giữ đúng như nội dung tệp. Nếu bạn cố ý khôi phục tệp này từ một bản sao thì không cần làm gì thêm.</translation>
    </message>
    <message>
        <source>The recovery log {log} beside {project} does not belong to it ({reason}); it was ignored, and the project is shown as its file says.</source>
        <translation>Nhật ký khôi phục {log} bên cạnh {project} không thuộc về dự án này ({reason}); nó đã bị bỏ qua, và dự án được hiển thị đúng như nội dung tệp.</translation>
    </message>
    <message>
        <source>The stored model cannot be read ({exc}); train it again.</source>
        <translation>Không đọc được mô hình đã lưu ({exc}); hãy huấn luyện lại.</translation>
    </message>
    <message>
        <source>The stored model names an unknown combination {name!r}; train it again.</source>
        <translation>Mô hình đã lưu ghi một cách kết hợp không rõ {name!r}; hãy huấn luyện lại.</translation>
    </message>
    <message>
        <source>The suggesters could not start: {payload}</source>
        <translation>Các nguồn gợi ý không khởi động được: {payload}</translation>
    </message>
    <message>
        <source>There are no accepted annotations to learn from: mark annotated documents done first.</source>
        <translation>Chưa có chú thích được chấp nhận nào để học: hãy đánh dấu xong các tài liệu đã chú thích trước.</translation>
    </message>
    <message>
        <source>There is no project at {path}.</source>
        <translation>Không có dự án nào ở {path}.</translation>
    </message>
    <message>
        <source>Training was cancelled.</source>
        <translation>Đã hủy huấn luyện.</translation>
    </message>
    <message>
        <source>Training was cancelled; the previous model is unchanged.</source>
        <translation>Đã hủy huấn luyện; mô hình trước đó không thay đổi.</translation>
    </message>
    <message>
        <source>UTF-16 position {u16} is outside a text of {utf16_length} units</source>
        <translation>vị trí UTF-16 {u16} nằm ngoài văn bản dài {utf16_length} đơn vị</translation>
    </message>
    <message>
        <source>Warnings, by reason:</source>
        <translation>Cảnh báo, theo lý do:</translation>
    </message>
    <message>
        <source>a curated relation needs both its spans in the curated layer</source>
        <translation>một quan hệ đã hiệu đính cần cả hai chú thích của nó nằm trong lớp hiệu đính</translation>
    </message>
    <message>
        <source>a document appears twice in one merge</source>
        <translation>một tài liệu xuất hiện hai lần trong cùng một lần gộp</translation>
    </message>
    <message>
        <source>a document needs a title; type at least one letter</source>
        <translation>tài liệu cần có tiêu đề; hãy gõ ít nhất một chữ</translation>
    </message>
    <message>
        <source>a label cannot be relabelled to itself</source>
        <translation>không thể gán lại một nhãn thành chính nó</translation>
    </message>
    <message>
        <source>a package merge reads the package file; it cannot be replayed</source>
        <translation>gộp gói công việc đọc từ tệp gói; không thể thực hiện lại bước này</translation>
    </message>
    <message>
        <source>a relation links two different spans</source>
        <translation>một quan hệ phải nối hai chú thích khác nhau</translation>
    </message>
    <message>
        <source>a relation links two spans of the same document</source>
        <translation>một quan hệ phải nối hai chú thích trong cùng một tài liệu</translation>
    </message>
    <message>
        <source>a relation of document {doc_id} points at no span</source>
        <translation>một quan hệ của tài liệu {doc_id} không trỏ tới chú thích nào</translation>
    </message>
    <message>
        <source>a saved filter needs a name</source>
        <translation>bộ lọc đã lưu cần có tên</translation>
    </message>
    <message>
        <source>a span of document {doc_id} ends at {end}, past its text ({length} characters)</source>
        <translation>một chú thích của tài liệu {doc_id} kết thúc ở {end}, vượt quá văn bản ({length} ký tự)</translation>
    </message>
    <message>
        <source>a {label} span cannot cross a paragraph break (exports would join two sentences); label each paragraph&apos;s part, or allow it for this label in the schema</source>
        <translation>chú thích {label} không được vượt qua chỗ ngắt đoạn (khi xuất dữ liệu, hai câu sẽ bị nối lại); hãy gán nhãn riêng phần của từng đoạn, hoặc cho phép điều này với nhãn này trong bộ nhãn</translation>
    </message>
    <message>
        <source>a {source_type} cannot be merged into an {target_type}</source>
        <translation>không thể gộp một {source_type} vào một {target_type}</translation>
    </message>
    <message>
        <source>a {what} name cannot be empty</source>
        <translation>tên {what} không được để trống</translation>
    </message>
    <message>
        <source>a {what} name cannot start or end with spaces: {name!r}</source>
        <translation>tên {what} không được bắt đầu hay kết thúc bằng khoảng trắng: {name!r}</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>đã được nhập</translation>
    </message>
    <message>
        <source>an annotator needs a name</source>
        <translation>người chú thích cần có tên</translation>
    </message>
    <message>
        <source>an entity cannot be merged into itself</source>
        <translation>không thể gộp một thực thể vào chính nó</translation>
    </message>
    <message>
        <source>an entity needs a name</source>
        <translation>thực thể cần có tên</translation>
    </message>
    <message>
        <source>Unknown combination {combination!r}: use one of {choices}.</source>
        <translation>Cách kết hợp không rõ {combination!r}: hãy dùng một trong {choices}.</translation>
    </message>
    <message>
        <source>annotated must be one of {choices}</source>
        <translation>annotated phải là một trong {choices}</translation>
    </message>
    <message>
        <source>annotations crossing another&apos;s edge here: {n} (kept as the file has them): {pairs}</source>
        <translation>chú thích cắt ngang biên của chú thích khác ở đây: {n} (giữ nguyên như trong tệp): {pairs}</translation>
    </message>
    <message>
        <source>annotator names cannot start with &apos;@&apos; ({cleaned!r}): those name layers of the tool</source>
        <translation>tên người chú thích không được bắt đầu bằng &apos;@&apos; ({cleaned!r}): những tên đó dành cho các lớp của công cụ</translation>
    </message>
    <message>
        <source>any label</source>
        <translation>mọi nhãn</translation>
    </message>
    <message>
        <source>binary file: contains NUL bytes (if this is UTF-16 text, save it as UTF-8 or as UTF-16 with a byte-order mark)</source>
        <translation>tệp nhị phân: chứa byte NUL (nếu đây là văn bản UTF-16, hãy lưu lại dưới dạng UTF-8 hoặc UTF-16 có dấu thứ tự byte)</translation>
    </message>
    <message>
        <source>binary file: looks like a {kind}, not plain text</source>
        <translation>tệp nhị phân: có vẻ là {kind}, không phải văn bản thuần</translation>
    </message>
    <message>
        <source>byte offset {byte_offset} falls inside a character</source>
        <translation>vị trí byte {byte_offset} rơi vào giữa một ký tự</translation>
    </message>
    <message>
        <source>byte offset {byte_offset} is outside a text of {count} bytes</source>
        <translation>vị trí byte {byte_offset} nằm ngoài văn bản dài {count} byte</translation>
    </message>
    <message>
        <source>can no longer be reached ({why})</source>
        <translation>không còn truy cập được ({why})</translation>
    </message>
    <message>
        <source>cannot bring document {doc_id} back: its place was taken meanwhile ({exc})</source>
        <translation>không thể đưa tài liệu {doc_id} trở lại: chỗ của nó đã bị chiếm trong lúc đó ({exc})</translation>
    </message>
    <message>
        <source>cannot read the label map {path}: {exc}</source>
        <translation>không đọc được bảng ánh xạ nhãn {path}: {exc}</translation>
    </message>
    <message>
        <source>cannot redo this step any more: {exc}</source>
        <translation>không thể làm lại bước này nữa: {exc}</translation>
    </message>
    <message>
        <source>cannot restore a document: no table {table} with {row}</source>
        <translation>không thể khôi phục tài liệu: không có bảng {table} với {row}</translation>
    </message>
    <message>
        <source>cannot restore {name}: the registry changed ({exc})</source>
        <translation>không thể khôi phục {name}: danh mục đã thay đổi ({exc})</translation>
    </message>
    <message>
        <source>cannot restore: the annotations changed meanwhile ({exc})</source>
        <translation>không thể khôi phục: các chú thích đã thay đổi trong lúc đó ({exc})</translation>
    </message>
    <message>
        <source>cannot undo this step any more: {exc}</source>
        <translation>không thể hoàn tác bước này nữa: {exc}</translation>
    </message>
    <message>
        <source>desktop entries are for Linux and BSD desktops</source>
        <translation>mục khởi chạy trên màn hình chỉ dành cho Linux và BSD</translation>
    </message>
    <message>
        <source>document {doc_id} does not exist in this project</source>
        <translation>tài liệu {doc_id} không có trong dự án này</translation>
    </message>
    <message>
        <source>document {document}: metadata is not JSON ({exc})</source>
        <translation>tài liệu {document}: siêu dữ liệu không phải JSON ({exc})</translation>
    </message>
    <message>
        <source>document {document}: text is not NFC; normalise it before storing</source>
        <translation>tài liệu {document}: văn bản chưa ở dạng NFC; hãy chuẩn hóa trước khi lưu</translation>
    </message>
    <message>
        <source>document {document}: {exc}</source>
        <translation>tài liệu {document}: {exc}</translation>
    </message>
    <message>
        <source>document {missing} does not exist in this project</source>
        <translation>tài liệu {missing} không có trong dự án này</translation>
    </message>
    <message>
        <source>empty file: it contains only whitespace</source>
        <translation>tệp rỗng: chỉ chứa khoảng trắng</translation>
    </message>
    <message>
        <source>empty file: it has metadata header lines but no article text</source>
        <translation>tệp rỗng: có các dòng siêu dữ liệu ở đầu nhưng không có nội dung bài báo</translation>
    </message>
    <message>
        <source>empty file: it has no content</source>
        <translation>tệp rỗng: không có nội dung</translation>
    </message>
    <message>
        <source>empty file: no documents in it</source>
        <translation>tệp rỗng: không có tài liệu nào</translation>
    </message>
    <message>
        <source>expected a JSON object with a &quot;text&quot; field</source>
        <translation>cần một đối tượng JSON có trường &quot;text&quot;</translation>
    </message>
    <message>
        <source>it holds {objects}, which this program never creates</source>
        <translation>tệp chứa {objects}, thứ mà chương trình này không bao giờ tạo ra</translation>
    </message>
    <message>
        <source>it is open only for reading</source>
        <translation>dự án chỉ được mở để đọc</translation>
    </message>
    <message>
        <source>it was opened only to read</source>
        <translation>dự án được mở chỉ để đọc</translation>
    </message>
    <message>
        <source>its folder is read-only (or on a read-only disk)</source>
        <translation>thư mục chứa nó chỉ đọc (hoặc nằm trên ổ đĩa chỉ đọc)</translation>
    </message>
    <message>
        <source>its source tokens do not line up with their ends</source>
        <translation>các token nguồn không khớp với vị trí kết thúc của chúng</translation>
    </message>
    <message>
        <source>its source tokens reach past its text of {length} characters</source>
        <translation>các token nguồn vượt quá văn bản dài {length} ký tự</translation>
    </message>
    <message>
        <source>jobs must be 0 (one per CPU), 1 (no workers) or more</source>
        <translation>số tiến trình phải là 0 (mỗi CPU một tiến trình), 1 (không dùng tiến trình phụ) hoặc lớn hơn</translation>
    </message>
    <message>
        <source>level must be source, syllable or word, and blocks sentence or paragraph</source>
        <translation>cấp phải là source, syllable hoặc word, và khối phải là sentence hoặc paragraph</translation>
    </message>
    <message>
        <source>line {line} (byte {offset})</source>
        <translation>dòng {line} (byte {offset})</translation>
    </message>
    <message>
        <source>line {line} on: nested too deeply to be read</source>
        <translation>từ dòng {line} trở đi: lồng nhau quá sâu, không đọc được</translation>
    </message>
    <message>
        <source>&quot;{key}&quot; holds no list of spans</source>
        <translation>&quot;{key}&quot; không chứa danh sách chú thích</translation>
    </message>
    <message>
        <source>a relation in user_data does not join two spans of the document: {relation}</source>
        <translation>một quan hệ trong user_data không nối hai chú thích của tài liệu: {relation}</translation>
    </message>
    <message>
        <source>a span is written [start, end, label]; this one is {item}</source>
        <translation>một chú thích được ghi dạng [đầu, cuối, nhãn]; chú thích này là {item}</translation>
    </message>
    <message>
        <source>attribute</source>
        <translation>thuộc tính</translation>
    </message>
    <message>
        <source>equivalence</source>
        <translation>tương đương</translation>
    </message>
    <message>
        <source>event</source>
        <translation>sự kiện</translation>
    </message>
    <message>
        <source>line {line}: &lt;/ENAMEX&gt; closes no open tag; left out</source>
        <translation>dòng {line}: &lt;/ENAMEX&gt; không đóng thẻ nào đang mở; đã bỏ qua</translation>
    </message>
    <message>
        <source>line {line}: &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; is never closed; left out</source>
        <translation>dòng {line}: &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; không bao giờ được đóng; đã bỏ qua</translation>
    </message>
    <message>
        <source>line {line}: &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; is not closed on its line (an entity does not run across lines); left out</source>
        <translation>dòng {line}: &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; không được đóng trên cùng dòng (một thực thể không kéo sang dòng khác); đã bỏ qua</translation>
    </message>
    <message>
        <source>line {line}: &lt;ENAMEX&gt; has no TYPE; its text is kept, without a span</source>
        <translation>dòng {line}: &lt;ENAMEX&gt; không có TYPE; giữ phần văn bản, không tạo chú thích</translation>
    </message>
    <message>
        <source>line {line}: a record of {size} MB is over the {limit} MB limit per record; it was skipped unread (raise the limit with --max-corpus-size)</source>
        <translation>dòng {line}: một bản ghi {size} MB vượt giới hạn {limit} MB cho mỗi bản ghi; đã bỏ qua mà không đọc (nâng giới hạn bằng --max-corpus-size)</translation>
    </message>
    <message>
        <source>line {line}: an empty &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; holds no text; left out</source>
        <translation>dòng {line}: thẻ &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; rỗng, không chứa chữ nào; đã bỏ qua</translation>
    </message>
    <message>
        <source>line {line}: spaces just inside &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; are left out of its span (an export writes them outside the tag)</source>
        <translation>dòng {line}: khoảng trắng ngay bên trong &lt;ENAMEX TYPE=&quot;{label}&quot;&gt; không được tính vào chú thích (khi xuất dữ liệu, chúng được ghi bên ngoài thẻ)</translation>
    </message>
    <message>
        <source>line {number} has {count} columns where the file has {width}; it was left out</source>
        <translation>dòng {number} có {count} cột trong khi tệp có {width} cột; đã bỏ qua</translation>
    </message>
    <message>
        <source>line {number}: the {label} entity is on an empty token; it was left out</source>
        <translation>dòng {number}: thực thể {label} nằm trên một token rỗng; đã bỏ qua</translation>
    </message>
    <message>
        <source>line {number}: {cell!r} is not a tag; read as O</source>
        <translation>dòng {number}: {cell!r} không phải là thẻ; được đọc là O</translation>
    </message>
    <message>
        <source>line {number}: {rest!r} after the marker left out</source>
        <translation>dòng {number}: bỏ qua {rest!r} sau dấu đánh dấu</translation>
    </message>
    <message>
        <source>malformed annotation ({kind}: {exc})</source>
        <translation>chú thích sai dạng ({kind}: {exc})</translation>
    </message>
    <message>
        <source>malformed record ({kind}: {exc})</source>
        <translation>bản ghi sai dạng ({kind}: {exc})</translation>
    </message>
    <message>
        <source>no &quot;text&quot; field holding a string</source>
        <translation>không có trường &quot;text&quot; chứa chuỗi</translation>
    </message>
    <message>
        <source>no &quot;{field}&quot; field</source>
        <translation>không có trường &quot;{field}&quot;</translation>
    </message>
    <message>
        <source>normalization</source>
        <translation>chuẩn hoá</translation>
    </message>
    <message>
        <source>not valid JSON (broken at column {column})</source>
        <translation>không phải JSON hợp lệ (hỏng ở cột {column})</translation>
    </message>
    <message>
        <source>not valid JSON (broken at line {line}, column {column})</source>
        <translation>không phải JSON hợp lệ (hỏng ở dòng {line}, cột {column})</translation>
    </message>
    <message>
        <source>note</source>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>the label {value} is not a string</source>
        <translation>nhãn {value} không phải là chuỗi ký tự</translation>
    </message>
    <message>
        <source>the offset {value} is not a whole number</source>
        <translation>vị trí {value} không phải là số nguyên</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ loại</translation>
    </message>
    <message>
        <source>{name}, document {doc_id}: {count} relations name no span of the tags; left out</source>
        <translation>{name}, tài liệu {doc_id}: {count} quan hệ trỏ tới cụm không có trong các cột nhãn; đã bỏ qua</translation>
    </message>
    <message>
        <source>{name}.ann, line {number} ({entity})</source>
        <translation>{name}.ann, dòng {number} ({entity})</translation>
    </message>
    <message>
        <source>{where}: its text {quoted!r} is not the text at its offsets {found!r}; read by its offsets</source>
        <translation>{where}: văn bản ghi kèm {quoted!r} không phải văn bản ở vị trí của nó {found!r}; đã đọc theo vị trí</translation>
    </message>
    <message>
        <source>{where}: {kind} lines left out ({count}): only entities (T) and relations (R) are read</source>
        <translation>{where}: đã bỏ qua các dòng loại {kind} ({count}): chỉ đọc thực thể (T) và quan hệ (R)</translation>
    </message>
    <message>
        <source>no document with id {missing} in this project</source>
        <translation>dự án này không có tài liệu mang mã {missing}</translation>
    </message>
    <message>
        <source>no layer of annotator {unknown!r} in this project; layers: {value}</source>
        <translation>dự án này không có lớp của người chú thích {unknown!r}; các lớp: {value}</translation>
    </message>
    <message>
        <source>no saved filter called {name!r}; saved filters: {known}</source>
        <translation>không có bộ lọc đã lưu nào tên {name!r}; các bộ lọc đã lưu: {known}</translation>
    </message>
    <message>
        <source>no token rows</source>
        <translation>không có dòng token nào</translation>
    </message>
    <message>
        <source>origin {origin!r} is not one of {origins}</source>
        <translation>nguồn gốc {origin!r} không thuộc {origins}</translation>
    </message>
    <message>
        <source>overlap must be between 1 and the number of annotators ({count})</source>
        <translation>số tài liệu chung phải từ 1 đến số người chú thích ({count})</translation>
    </message>
    <message>
        <source>position {cp} is outside a text of {count} characters</source>
        <translation>vị trí {cp} nằm ngoài văn bản dài {count} ký tự</translation>
    </message>
    <message>
        <source>position {cp} is outside a text of {length} characters</source>
        <translation>vị trí {cp} nằm ngoài văn bản dài {length} ký tự</translation>
    </message>
    <message>
        <source>read as Windows-1258 (legacy Vietnamese), converted to Unicode NFC</source>
        <translation>được đọc theo Windows-1258 (bảng mã tiếng Việt cũ), đã chuyển sang Unicode NFC</translation>
    </message>
    <message>
        <source>region [{start}, {end}) {kind} does not fit the text</source>
        <translation>vùng [{start}, {end}) {kind} không nằm gọn trong văn bản</translation>
    </message>
    <message>
        <source>relation type {kind} between {head} and {tail}; import with --new-labels add to allow it</source>
        <translation>loại quan hệ {kind} giữa {head} và {tail}; hãy nhập với --new-labels add để cho phép</translation>
    </message>
    <message>
        <source>relation {kind} links span {head} to span {tail}, but there are {count} spans</source>
        <translation>quan hệ {kind} nối chú thích {head} với chú thích {tail}, nhưng chỉ có {count} chú thích</translation>
    </message>
    <message>
        <source>relation {name} names unknown labels {unknown}</source>
        <translation>quan hệ {name} nêu các nhãn không rõ {unknown}</translation>
    </message>
    <message>
        <source>relation {rel_type} does not link {head_label} to {tail_label}</source>
        <translation>quan hệ {rel_type} không nối {head_label} với {tail_label}</translation>
    </message>
    <message>
        <source>relation {rel_type} points to spans {head}, {tail} of {count}</source>
        <translation>quan hệ {rel_type} trỏ tới chú thích {head}, {tail} trong số {count}</translation>
    </message>
    <message>
        <source>relation {relation_id} does not exist (it may have been deleted)</source>
        <translation>quan hệ {relation_id} không tồn tại (có thể đã bị xóa)</translation>
    </message>
    <message>
        <source>same text as {first}, imported just before</source>
        <translation>cùng văn bản với {first}, vừa được nhập trước đó</translation>
    </message>
    <message>
        <source>schema file is malformed: {exc}</source>
        <translation>tệp bộ nhãn bị sai cấu trúc: {exc}</translation>
    </message>
    <message>
        <source>schema file is not valid JSON: {exc}</source>
        <translation>tệp bộ nhãn không phải JSON hợp lệ: {exc}</translation>
    </message>
    <message>
        <source>span [{start}, {end}) does not fit a text of {text_length} characters</source>
        <translation>chú thích [{start}, {end}) không nằm gọn trong văn bản dài {text_length} ký tự</translation>
    </message>
    <message>
        <source>span [{start}, {end}) {label} does not fit a text of {raw_len} characters</source>
        <translation>chú thích [{start}, {end}) {label} không nằm gọn trong văn bản dài {raw_len} ký tự</translation>
    </message>
    <message>
        <source>span {span_id} does not exist (it may have been deleted)</source>
        <translation>chú thích {span_id} không tồn tại (có thể đã bị xóa)</translation>
    </message>
    <message>
        <source>the curated layer is made by curating, not by merging</source>
        <translation>lớp hiệu đính được tạo bằng cách hiệu đính, không phải bằng cách gộp</translation>
    </message>
    <message>
        <source>  {source}: {reason}</source>
        <translation>  {source}: {reason}</translation>
    </message>
    <message>
        <source>(no extension)</source>
        <translation>(không có phần mở rộng)</translation>
    </message>
    <message>
        <source>--common {common}: there is only 1 document</source>
        <translation>--common {common}: chỉ có 1 tài liệu</translation>
    </message>
    <message>
        <source>1 entity</source>
        <translation>1 thực thể</translation>
    </message>
    <message>
        <source>1 mention</source>
        <translation>1 lần nhắc</translation>
    </message>
    <message>
        <source>1 new organisation</source>
        <translation>1 tổ chức mới</translation>
    </message>
    <message>
        <source>1 new person</source>
        <translation>1 người mới</translation>
    </message>
    <message>
        <source>Already in the project, not imported again: {n}</source>
        <translation>Đã có trong dự án, không nhập lại: {n}</translation>
    </message>
    <message>
        <source>Labels only in the package&apos;s schema, unused there: {labels}</source>
        <translation>Nhãn chỉ có trong bộ nhãn của gói, không được dùng ở đó: {labels}</translation>
    </message>
    <message>
        <source>Left out {relations} of the package on a span of its curated layer: only the annotator&apos;s layer is merged.</source>
        <translation>Không gộp {relations} của gói nằm trên một chú thích thuộc lớp hiệu đính của gói: chỉ lớp của người chú thích được gộp.</translation>
    </message>
    <message>
        <source>Mapped {old} to {new}.</source>
        <translation>Đã ánh xạ {old} sang {new}.</translation>
    </message>
    <message>
        <source>No document has been marked done by at least two annotators yet ({names}), so there is nothing to compare: give the same documents to two or more annotators (Team ▸ Create work packages, with several annotators per document) and merge their packages once they are done.</source>
        <translation>Chưa có tài liệu nào được ít nhất hai người chú thích đánh dấu xong ({names}), nên chưa có gì để so sánh: hãy giao cùng các tài liệu cho hai người chú thích trở lên (Nhóm ▸ Tạo gói công việc, với nhiều người chú thích mỗi tài liệu) rồi gộp các gói của họ khi họ làm xong.</translation>
    </message>
    <message>
        <source>No done or reviewed document has accepted annotations yet; unfinished documents that have some: {count}. An imported corpus arrives unfinished: mark them done (Document ▸ Mark every unfinished document of the list done, or the mark-done command), then train.</source>
        <translation>Chưa có tài liệu nào đã xong hoặc đã duyệt mang chú thích được chấp nhận; số tài liệu chưa xong có chú thích: {count}. Kho ngữ liệu nhập vào đều ở trạng thái chưa xong: hãy đánh dấu chúng xong (Tài liệu ▸ Đánh dấu xong mọi tài liệu chưa xong trong danh sách, hoặc lệnh mark-done), rồi huấn luyện.</translation>
    </message>
    <message>
        <source>Of {relations} that linked {annotator}&apos;s earlier layer with another layer, {kept} kept (now on the identical span of the merged layer) and {removed} removed, as their span is gone (undo brings them back).</source>
        <translation>Trong {relations} nối lớp cũ của {annotator} với một lớp khác, {kept} được giữ (nay nằm trên chú thích y hệt của lớp vừa gộp) và {removed} bị gỡ vì chú thích của chúng không còn (hoàn tác sẽ đưa chúng trở lại).</translation>
    </message>
    <message>
        <source>Registry: the merged layer links {mentions} to registry entities; new here and now added, made or linked in the package: {entities}.</source>
        <translation>Danh mục: lớp vừa gộp liên kết {mentions} với các thực thể của danh mục; mới ở đây và vừa được thêm, do gói tạo hoặc liên kết: {entities}.</translation>
    </message>
    <message>
        <source>The disk is full (or a file size limit was reached) while writing {target}{where}; nothing was written there and whatever it held before is unchanged. Free some space and try again.</source>
        <translation>Ổ đĩa đã đầy (hoặc đã chạm giới hạn kích thước tệp) khi ghi {target}{where}; không có gì được ghi vào đó và những gì có sẵn ở đó không thay đổi. Hãy giải phóng bớt dung lượng rồi thử lại.</translation>
    </message>
    <message>
        <source>annotations crossing another&apos;s edge: {n} (kept as the file has them; spans may nest but not cross, so nested tags or BIO layers cannot write both)</source>
        <translation>chú thích cắt ngang biên của chú thích khác: {n} (giữ nguyên như trong tệp; chú thích được lồng nhau nhưng không được cắt ngang nhau, nên thẻ lồng nhau hay các lớp BIO không ghi được cả hai)</translation>
    </message>
    <message>
        <source>every format at once writes one layer: choose the auto, curated or majority layer, or export each format on its own with the separate layer</source>
        <translation>xuất mọi định dạng cùng lúc chỉ ghi một lớp chú thích: hãy chọn lớp tự động, đã hiệu đính hoặc theo đa số, hoặc xuất từng định dạng riêng với lớp tách riêng</translation>
    </message>
    <message>
        <source>no label {name!r} in this project; its labels: {names}</source>
        <translation>dự án này không có nhãn {name!r}; các nhãn của nó: {names}</translation>
    </message>
    <message>
        <source>{directory} holds {name}, which is not a statistics file: statistics replace their folder whole, so it was left as it is and nothing was written. Choose a new folder, or one that holds only earlier statistics.</source>
        <translation>{directory} chứa {name}, không phải tệp thống kê: thống kê thay thế cả thư mục, nên thư mục được giữ nguyên và chưa ghi gì cả. Hãy chọn một thư mục mới, hoặc thư mục chỉ chứa các tệp thống kê trước đây.</translation>
    </message>
    <message>
        <source>{path}, line {number}: not a gold document (no &quot;{field}&quot; field). Each line needs &quot;text&quot; and &quot;spans&quot; (or &quot;label&quot;, as the JSONL export writes it): [[start, end, label], ...].</source>
        <translation>{path}, dòng {number}: không phải tài liệu chuẩn (thiếu trường &quot;{field}&quot;). Mỗi dòng cần &quot;text&quot; và &quot;spans&quot; (hoặc &quot;label&quot;, như bản xuất JSONL ghi): [[start, end, label], ...].</translation>
    </message>
    <message>
        <source>{path}, line {number}: not a gold document ({exc}). Each line needs &quot;text&quot; and &quot;spans&quot; (or &quot;label&quot;, as the JSONL export writes it): [[start, end, label], ...].</source>
        <translation>{path}, dòng {number}: không phải tài liệu chuẩn ({exc}). Mỗi dòng cần &quot;text&quot; và &quot;spans&quot; (hoặc &quot;label&quot;, như bản xuất JSONL ghi): [[start, end, label], ...].</translation>
    </message>
    <message>
        <source>{target} could not be written: {value}{where}. Nothing was written there and whatever it held before is unchanged.</source>
        <translation>Không ghi được {target}: {value}{where}. Không có gì được ghi vào đó và những gì có sẵn ở đó không thay đổi.</translation>
    </message>
    <message>
        <source>{target} holds the open project {project}: replacing the folder would delete it. Nothing was written; choose another folder for the export.</source>
        <translation>{target} chứa dự án đang mở {project}: thay thế thư mục này sẽ xóa mất dự án. Chưa ghi gì cả; hãy chọn một thư mục khác để xuất dữ liệu.</translation>
    </message>
    <message>
        <source>The {format} format needs {library} (Python module {module!r}), which is not installed: {install}</source>
        <translation>Định dạng {format} cần {library} (mô-đun Python {module!r}), hiện chưa được cài đặt: {install}</translation>
    </message>
    <message>
        <source>an identical {label} span is already there, so this one stays rejected</source>
        <translation>đã có một chú thích {label} y hệt ở đó, nên chú thích này vẫn bị từ chối</translation>
    </message>
    <message>
        <source>document {doc_id} cannot be taken out of the search index: its text is damaged and the index holds its words with gaps; restore the project from a backup copy</source>
        <translation>không gỡ được tài liệu {doc_id} khỏi chỉ mục tìm kiếm: văn bản của nó bị hỏng và chỉ mục giữ các từ của nó không liền nhau; hãy khôi phục dự án từ một bản sao lưu</translation>
    </message>
    <message>
        <source>document {document} cannot be stored: {exc}</source>
        <translation>không lưu được tài liệu {document}: {exc}</translation>
    </message>
    <message>
        <source>invisible characters dropped (zero-width spaces, word joiners, soft hyphens, stray byte-order marks or joiners outside a word); a zero-width space between two words joins them</source>
        <translation>đã bỏ các ký tự vô hình (khoảng trắng độ rộng 0, ký tự nối từ, gạch nối mềm, dấu thứ tự byte lạc chỗ hoặc ký tự nối nằm ngoài từ); một khoảng trắng độ rộng 0 giữa hai từ sẽ nối liền hai từ đó</translation>
    </message>
    <message>
        <source>no document of these files is in the project, so nothing was attached</source>
        <translation>không tài liệu nào của các tệp này có trong dự án, nên không có gì được gắn vào</translation>
    </message>
    <message>
        <source>no document of these files is in the project, so nothing was attached ({first})</source>
        <translation>không tài liệu nào của các tệp này có trong dự án, nên không có gì được gắn vào ({first})</translation>
    </message>
    <message>
        <source>no reader accepts this file ({suffix}); use --format to choose one of: {choices}</source>
        <translation>không bộ đọc nào nhận tệp này ({suffix}); hãy dùng --format để chọn một trong: {choices}</translation>
    </message>
    <message>
        <source>relation type</source>
        <translation>loại quan hệ</translation>
    </message>
    <message>
        <source>relation type {name} (1 relation)</source>
        <translation>loại quan hệ {name} (1 quan hệ)</translation>
    </message>
    <message>
        <source>relation type {name} ({n} relations)</source>
        <translation>loại quan hệ {name} ({n} quan hệ)</translation>
    </message>
    <message>
        <source>relation {kind} links span {head} to span {tail}, but there is only 1 span</source>
        <translation>quan hệ {kind} nối chú thích {head} với chú thích {tail}, nhưng chỉ có 1 chú thích</translation>
    </message>
    <message>
        <source>the demo articles could not be imported: {details}</source>
        <translation>không nhập được các bài báo mẫu: {details}</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ổ đĩa đã đầy</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>tệp chỉ đọc</translation>
    </message>
    <message>
        <source>the folder {parent} does not exist.</source>
        <translation>thư mục {parent} không tồn tại.</translation>
    </message>
    <message>
        <source>the key {key!r} is already used by label {clash}</source>
        <translation>phím {key!r} đã được dùng cho nhãn {clash}</translation>
    </message>
    <message>
        <source>the label map {path} is not valid JSON: {exc}</source>
        <translation>bảng ánh xạ nhãn {path} không phải JSON hợp lệ: {exc}</translation>
    </message>
    <message>
        <source>the label map {path} must map names to names</source>
        <translation>bảng ánh xạ nhãn {path} phải ánh xạ tên sang tên</translation>
    </message>
    <message>
        <source>the label map {path}, line {number}: write OLD = NEW (got {written!r})</source>
        <translation>bảng ánh xạ nhãn {path}, dòng {number}: hãy viết CŨ = MỚI (nhận được {written!r})</translation>
    </message>
    <message>
        <source>the layer of {annotator} repeats a span (same place and label twice): {exc}</source>
        <translation>lớp của {annotator} có một chú thích bị lặp (cùng vị trí và nhãn hai lần): {exc}</translation>
    </message>
    <message>
        <source>the layer saved for this step is no longer there</source>
        <translation>lớp đã lưu cho bước này không còn nữa</translation>
    </message>
    <message>
        <source>the layers policy needs at least one layer</source>
        <translation>cách chọn lớp cần ít nhất một lớp</translation>
    </message>
    <message>
        <source>the numbers of words and tags differ: {words} and {tags}</source>
        <translation>số từ và số thẻ khác nhau: {words} từ và {tags} thẻ</translation>
    </message>
    <message>
        <source>the open project&apos;s own file: it is not an article and is not read</source>
        <translation>tệp của chính dự án đang mở: không phải bài báo nên không được đọc</translation>
    </message>
    <message>
        <source>the package holds a span the project cannot take: {exc} (a value outside the schema, or the same place and label twice in the annotator&apos;s layer)</source>
        <translation>gói công việc có một chú thích mà dự án không nhận được: {exc} (một giá trị nằm ngoài bộ nhãn, hoặc cùng vị trí và nhãn hai lần trong lớp của người chú thích)</translation>
    </message>
    <message>
        <source>the project file</source>
        <translation>tệp dự án</translation>
    </message>
    <message>
        <source>the registry already has an entity {uid}</source>
        <translation>danh mục đã có thực thể {uid}</translation>
    </message>
    <message>
        <source>the registry has no entity {uid} (it may have been removed)</source>
        <translation>danh mục không có thực thể {uid} (có thể đã bị xóa)</translation>
    </message>
    <message>
        <source>the rows have no tag column (one token per line and its tags)</source>
        <translation>các dòng không có cột thẻ (mỗi dòng một token cùng các thẻ của nó)</translation>
    </message>
    <message>
        <source>the saved layer links mentions to registry entity {gone}, no longer there</source>
        <translation>lớp đã lưu liên kết các lần nhắc với thực thể {gone} của danh mục, thực thể này không còn nữa</translation>
    </message>
    <message>
        <source>the saved layer no longer fits the project ({exc})</source>
        <translation>lớp đã lưu không còn khớp với dự án ({exc})</translation>
    </message>
    <message>
        <source>the saved layer uses label {label!r}, no longer in the schema</source>
        <translation>lớp đã lưu dùng nhãn {label!r}, nhãn này không còn trong bộ nhãn</translation>
    </message>
    <message>
        <source>the saved layer uses relation type {kind!r}, no longer in the schema</source>
        <translation>lớp đã lưu dùng loại quan hệ {kind!r}, loại này không còn trong bộ nhãn</translation>
    </message>
    <message>
        <source>the store cannot apply a {kind} operation</source>
        <translation>kho dữ liệu không thể áp dụng thao tác {kind}</translation>
    </message>
    <message>
        <source>the text cannot be normalised with exact offsets (an unusual sequence of combining characters); nothing of it was stored</source>
        <translation>không thể chuẩn hóa văn bản mà giữ đúng vị trí (có một chuỗi dấu kết hợp bất thường); không phần nào được lưu</translation>
    </message>
    <message>
        <source>the text of document {doc_id} is damaged in the project file and cannot be read ({exc}); restore the project from a backup copy, or delete this document</source>
        <translation>văn bản của tài liệu {doc_id} bị hỏng trong tệp dự án và không đọc được ({exc}); hãy khôi phục dự án từ một bản sao lưu, hoặc xóa tài liệu này</translation>
    </message>
    <message>
        <source>the two texts differ in more than whitespace</source>
        <translation>hai văn bản khác nhau không chỉ ở khoảng trắng</translation>
    </message>
    <message>
        <source>the {what} name {name!r} contains an invisible or control character (U+{code:04X} {character}) at position {position}; names may contain letters, digits, punctuation and spaces</source>
        <translation>tên {what} {name!r} chứa một ký tự vô hình hoặc ký tự điều khiển (U+{code:04X} {character}) ở vị trí {position}; tên chỉ được chứa chữ cái, chữ số, dấu câu và khoảng trắng</translation>
    </message>
    <message>
        <source>there is already a label named {new}</source>
        <translation>đã có nhãn tên {new}</translation>
    </message>
    <message>
        <source>there is no label named {name}</source>
        <translation>không có nhãn nào tên {name}</translation>
    </message>
    <message>
        <source>there is no relation type named {name}</source>
        <translation>không có loại quan hệ nào tên {name}</translation>
    </message>
    <message>
        <source>these two spans are already linked by {relation_type}</source>
        <translation>hai chú thích này đã được nối bằng {relation_type}</translation>
    </message>
    <message>
        <source>this text is already labelled {label}</source>
        <translation>đoạn văn bản này đã được gán nhãn {label}</translation>
    </message>
    <message>
        <source>too large: {size} MB is over the {limit} MB limit for a corpus file read whole (raise it with --max-corpus-size)</source>
        <translation>quá lớn: {size} MB vượt giới hạn {limit} MB cho một tệp kho ngữ liệu đọc nguyên tệp (nâng giới hạn bằng --max-corpus-size)</translation>
    </message>
    <message>
        <source>too large: {size} MB is over the {limit} MB limit for one plain-text article (raise it with --max-size if this really is one)</source>
        <translation>quá lớn: {size} MB vượt giới hạn {limit} MB cho một bài báo văn bản thuần (nâng giới hạn bằng --max-size nếu đây đúng là một bài)</translation>
    </message>
    <message>
        <source>binary file: 1 control byte in {size} bytes</source>
        <translation>tệp nhị phân: 1 byte điều khiển trong {size} byte</translation>
    </message>
    <message>
        <source>binary file: {n} control bytes in {size} bytes</source>
        <translation>tệp nhị phân: {n} byte điều khiển trong {size} byte</translation>
    </message>
    <message>
        <source>composed 1 accent mark with its letter (Unicode NFC: a letter typed as a base letter and separate marks, such as o + U+0302 + U+0309, is stored as the one character ổ that search, rules and exports expect)</source>
        <translation>đã ghép 1 dấu thanh hoặc dấu phụ vào chữ cái của nó (Unicode NFC: chữ gõ rời thành chữ cái gốc và các dấu riêng, như o + U+0302 + U+0309, được lưu thành một ký tự ổ duy nhất, đúng dạng mà tìm kiếm, quy tắc và các định dạng xuất cần)</translation>
    </message>
    <message>
        <source>composed {n} accent marks with their letters (Unicode NFC: a letter typed as a base letter and separate marks, such as o + U+0302 + U+0309, is stored as the one character ổ that search, rules and exports expect)</source>
        <translation>đã ghép {n} dấu thanh, dấu phụ vào chữ cái của chúng (Unicode NFC: chữ gõ rời thành chữ cái gốc và các dấu riêng, như o + U+0302 + U+0309, được lưu thành một ký tự ổ duy nhất, đúng dạng mà tìm kiếm, quy tắc và các định dạng xuất cần)</translation>
    </message>
    <message>
        <source>decoded 1 HTML character reference (such as &amp;#39; for &apos; or &amp;amp; for &amp;)</source>
        <translation>đã giải mã 1 tham chiếu ký tự HTML (như &amp;#39; thành &apos; hoặc &amp;amp; thành &amp;)</translation>
    </message>
    <message>
        <source>decoded {n} HTML character references (such as &amp;#39; for &apos; or &amp;amp; for &amp;)</source>
        <translation>đã giải mã {n} tham chiếu ký tự HTML (như &amp;#39; thành &apos; hoặc &amp;amp; thành &amp;)</translation>
    </message>
    <message>
        <source>dropped 1 invisible control character</source>
        <translation>đã bỏ 1 ký tự điều khiển vô hình</translation>
    </message>
    <message>
        <source>dropped {n} invisible control characters</source>
        <translation>đã bỏ {n} ký tự điều khiển vô hình</translation>
    </message>
    <message>
        <source>kept 1 invisible text-direction control (U+200E, U+200F, U+202A to U+202E or U+2066 to U+2069): it can reorder how its line is shown</source>
        <translation>giữ lại 1 ký tự điều khiển hướng văn bản vô hình (U+200E, U+200F, U+202A đến U+202E hoặc U+2066 đến U+2069): nó có thể đảo thứ tự hiển thị của dòng chứa nó</translation>
    </message>
    <message>
        <source>kept {n} invisible text-direction controls (U+200E, U+200F, U+202A to U+202E or U+2066 to U+2069): they can reorder how their lines are shown</source>
        <translation>giữ lại {n} ký tự điều khiển hướng văn bản vô hình (U+200E, U+200F, U+202A đến U+202E hoặc U+2066 đến U+2069): chúng có thể đảo thứ tự hiển thị của các dòng chứa chúng</translation>
    </message>
    <message>
        <source>looks like HTML (1 tag: {sample}); kept as literal text, not rendered</source>
        <translation>có vẻ là HTML (1 thẻ: {sample}); được giữ nguyên là chữ, không hiển thị thành định dạng</translation>
    </message>
    <message>
        <source>looks like HTML ({n} tags such as {sample}); kept as literal text, not rendered</source>
        <translation>có vẻ là HTML ({n} thẻ, ví dụ {sample}); được giữ nguyên là chữ, không hiển thị thành định dạng</translation>
    </message>
    <message>
        <source>two labels share a key</source>
        <translation>hai nhãn dùng chung một phím</translation>
    </message>
    <message>
        <source>two labels share a name</source>
        <translation>hai nhãn trùng tên</translation>
    </message>
    <message>
        <source>undecodable: mostly UTF-8 but byte 0x{byte:02X} at {where} is not valid UTF-8; the file may be damaged or mix two encodings</source>
        <translation>không giải mã được: phần lớn là UTF-8 nhưng byte 0x{byte:02X} ở {where} không phải UTF-8 hợp lệ; tệp có thể bị hỏng hoặc trộn hai bảng mã</translation>
    </message>
    <message>
        <source>undecodable: not UTF-8 (first bad byte at {where}) and byte 0x{byte:02X} does not exist in Windows-1258; convert the file to UTF-8 and import it again</source>
        <translation>không giải mã được: không phải UTF-8 (byte lỗi đầu tiên ở {where}) và byte 0x{byte:02X} không có trong Windows-1258; hãy chuyển tệp sang UTF-8 rồi nhập lại</translation>
    </message>
    <message>
        <source>undecodable: not UTF-8 (first bad byte at {where}), and read as Windows-1258 it does not look like Vietnamese ({share:.0%} Vietnamese letters); convert the file to UTF-8 and import it again</source>
        <translation>không giải mã được: không phải UTF-8 (byte lỗi đầu tiên ở {where}), và đọc theo Windows-1258 thì không giống tiếng Việt ({share:.0%} chữ cái tiếng Việt); hãy chuyển tệp sang UTF-8 rồi nhập lại</translation>
    </message>
    <message>
        <source>undecodable: the file starts with a {encoding} byte-order mark but is not valid {encoding} at byte {value}</source>
        <translation>không giải mã được: tệp bắt đầu bằng dấu thứ tự byte {encoding} nhưng không phải {encoding} hợp lệ ở byte {value}</translation>
    </message>
    <message>
        <source>{n} repeated span (same place and label) merged into one</source>
        <translation>đã gộp {n} chú thích lặp lại (cùng vị trí và nhãn) thành một</translation>
    </message>
    <message>
        <source>{n} repeated spans (same place and label) merged into one</source>
        <translation>đã gộp {n} chú thích lặp lại (cùng vị trí và nhãn) thành một</translation>
    </message>
    <message>
        <source>unknown card language {card_language!r}; choose {choices}</source>
        <translation>ngôn ngữ thẻ bộ dữ liệu không rõ {card_language!r}; hãy chọn {choices}</translation>
    </message>
    <message>
        <source>unknown format {format!r}; choose one of {choices}</source>
        <translation>định dạng không rõ {format!r}; hãy chọn một trong {choices}</translation>
    </message>
    <message>
        <source>unknown format {name!r}; known formats: {known}</source>
        <translation>định dạng không rõ {name!r}; các định dạng đã biết: {known}</translation>
    </message>
    <message>
        <source>unknown label {label!r}; the schema has {names}</source>
        <translation>nhãn không rõ {label!r}; bộ nhãn có {names}</translation>
    </message>
    <message>
        <source>unknown label {missing!r}; add it (annotator labels add) or import with --new-labels add</source>
        <translation>nhãn không rõ {missing!r}; hãy thêm nó (annotator labels add) hoặc nhập với --new-labels add</translation>
    </message>
    <message>
        <source>unknown label {name!r}; the schema has {label_names}</source>
        <translation>nhãn không rõ {name!r}; bộ nhãn có {label_names}</translation>
    </message>
    <message>
        <source>unknown layer {layer!r}; choose one of {choices}</source>
        <translation>lớp không rõ {layer!r}; hãy chọn một trong {choices}</translation>
    </message>
    <message>
        <source>unknown layer {layer!r}; choose {choices}</source>
        <translation>lớp không rõ {layer!r}; hãy chọn {choices}</translation>
    </message>
    <message>
        <source>unknown overlap policy {overlap!r}; choose {choices}</source>
        <translation>cách xử lý chồng lấn không rõ {overlap!r}; hãy chọn {choices}</translation>
    </message>
    <message>
        <source>unknown relation type {kind!r}; import with --new-labels add to allow it</source>
        <translation>loại quan hệ không rõ {kind!r}; hãy nhập với --new-labels add để cho phép</translation>
    </message>
    <message>
        <source>unknown relation type {name!r}</source>
        <translation>loại quan hệ không rõ {name!r}</translation>
    </message>
    <message>
        <source>unknown tag scheme {scheme!r}; choose iob2 or bioes</source>
        <translation>lược đồ thẻ không rõ {scheme!r}; hãy chọn iob2 hoặc bioes</translation>
    </message>
    <message>
        <source>unreadable folder: {why}</source>
        <translation>không đọc được thư mục: {why}</translation>
    </message>
    <message>
        <source>unreadable from here on: {why}</source>
        <translation>không đọc được từ chỗ này trở đi: {why}</translation>
    </message>
    <message>
        <source>unreadable from line {line}: ({error})</source>
        <translation>không đọc được từ dòng {line}: ({error})</translation>
    </message>
    <message>
        <source>unreadable: broken link to {readlink}</source>
        <translation>không đọc được: liên kết hỏng tới {readlink}</translation>
    </message>
    <message>
        <source>unreadable: nested too deeply to be read</source>
        <translation>không đọc được: lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>unreadable: no such file or folder</source>
        <translation>không đọc được: không có tệp hay thư mục này</translation>
    </message>
    <message>
        <source>unreadable: not a regular file (device, pipe or socket)</source>
        <translation>không đọc được: không phải tệp thông thường (thiết bị, pipe hoặc socket)</translation>
    </message>
    <message>
        <source>unreadable: permission denied</source>
        <translation>không đọc được: không có quyền truy cập</translation>
    </message>
    <message>
        <source>unreadable: the file could not be parsed ({error})</source>
        <translation>không đọc được: không phân tích được tệp ({error})</translation>
    </message>
    <message>
        <source>unreadable: this is a folder, not a file</source>
        <translation>không đọc được: đây là thư mục, không phải tệp</translation>
    </message>
    <message>
        <source>unreadable: {value}</source>
        <translation>không đọc được: {value}</translation>
    </message>
    <message>
        <source>was deleted or moved</source>
        <translation>đã bị xóa hoặc di chuyển</translation>
    </message>
    <message>
        <source>was overwritten by another copy of it (an older or a newer one)</source>
        <translation>đã bị ghi đè bằng một bản sao khác của nó (cũ hơn hoặc mới hơn)</translation>
    </message>
    <message>
        <source>was overwritten by another project file</source>
        <translation>đã bị ghi đè bằng một tệp dự án khác</translation>
    </message>
    <message>
        <source>was replaced by another file (or moved, and another put in its place)</source>
        <translation>đã bị thay bằng một tệp khác (hoặc bị di chuyển và một tệp khác được đặt vào chỗ đó)</translation>
    </message>
    <message>
        <source>{count} × {reason}</source>
        <translation>{count} × {reason}</translation>
    </message>
    <message>
        <source>{file} cannot be changed: {reason}. Nothing was changed; to edit, save a copy in a folder you can write to (in the window: File ▸ Save project as…).</source>
        <translation>Không thể thay đổi {file}: {reason}. Không có gì bị thay đổi; muốn sửa, hãy lưu một bản sao vào thư mục bạn có quyền ghi (trong cửa sổ: Tệp ▸ Lưu dự án thành…).</translation>
    </message>
    <message>
        <source>{file} cannot be opened: the file or its folder cannot be read, or the folder does not allow the project&apos;s working files (-wal, -shm) to be created. Check the permissions, or copy the project to a folder you can write to.</source>
        <translation>Không mở được {file}: không đọc được tệp hoặc thư mục chứa nó, hoặc thư mục không cho tạo các tệp làm việc của dự án (-wal, -shm). Hãy kiểm tra quyền truy cập, hoặc chép dự án sang thư mục bạn có quyền ghi.</translation>
    </message>
    <message>
        <source>{file} cannot be written: the file, its folder or its disk is read-only. Nothing was changed. Copy the project to a folder you can write to, or open it only to read and export.</source>
        <translation>Không ghi được vào {file}: tệp, thư mục hoặc ổ đĩa chứa nó chỉ đọc. Không có gì bị thay đổi. Hãy chép dự án sang thư mục bạn có quyền ghi, hoặc chỉ mở để đọc và xuất dữ liệu.</translation>
    </message>
    <message>
        <source>{file} holds a value too large to read ({exc}); it was not changed.</source>
        <translation>{file} chứa một giá trị quá lớn, không đọc được ({exc}); tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} is damaged: part of it cannot be read ({detail}). Nothing was changed. Restore it from a backup (for example a .bak file beside it, or a copy), or export what can still be read with `annotator export` after a copy is checked.</source>
        <translation>{file} bị hỏng: một phần của tệp không đọc được ({detail}). Không có gì bị thay đổi. Hãy khôi phục từ bản sao lưu (ví dụ tệp .bak bên cạnh, hoặc một bản sao), hoặc xuất những gì còn đọc được bằng `annotator export` sau khi đã kiểm tra một bản sao.</translation>
    </message>
    <message>
        <source>{file} took too long to open and was stopped: a project file of this program opens in well under a second. It may be damaged or built to stall; it was not changed.</source>
        <translation>{file} mở quá lâu nên đã bị dừng: tệp dự án của chương trình này mở trong chưa tới một giây. Tệp có thể bị hỏng hoặc được làm ra để treo máy; tệp không bị thay đổi.</translation>
    </message>
    <message>
        <source>{file} tried to run SQL stored in the file itself, which this program never does; the statement was refused and nothing was changed.</source>
        <translation>{file} định chạy lệnh SQL lưu sẵn trong chính tệp, điều mà chương trình này không bao giờ làm; lệnh đã bị từ chối và không có gì bị thay đổi.</translation>
    </message>
    <message>
        <source>{label} (1 span)</source>
        <translation>{label} (1 chú thích)</translation>
    </message>
    <message>
        <source>{label} ({count} spans)</source>
        <translation>{label} ({count} chú thích)</translation>
    </message>
    <message>
        <source>{line} ({cost})</source>
        <translation>{line} ({cost})</translation>
    </message>
    <message>
        <source>{name} has no text file {text_file} beside it</source>
        <translation>{name} không có tệp văn bản {text_file} bên cạnh</translation>
    </message>
    <message>
        <source>{name} has no tokens and ner_tags (ClassLabel) columns</source>
        <translation>{name} không có cột tokens và ner_tags (ClassLabel)</translation>
    </message>
    <message>
        <source>{name} holds no token rows</source>
        <translation>{name} không có dòng token nào</translation>
    </message>
    <message>
        <source>{name} is a package of another project ({other!r}), not of this one; nothing was merged.</source>
        <translation>{name} là gói công việc của một dự án khác ({other!r}), không phải của dự án này; không có gì được gộp.</translation>
    </message>
    <message>
        <source>{name} is a project, not a work package, so it was not merged. To compare annotations made elsewhere, import them with: annotator import PROJECT FILE --annotator NAME</source>
        <translation>{name} là một dự án, không phải gói công việc, nên không được gộp. Muốn so sánh chú thích làm ở nơi khác, hãy nhập chúng bằng: annotator import PROJECT FILE --annotator NAME</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 (byte {start})</source>
        <translation>{name} không phải UTF-8 (byte {start})</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 (byte {start}); save it as UTF-8</source>
        <translation>{name} không phải UTF-8 (byte {start}); hãy lưu lại dưới dạng UTF-8</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 (byte {start}); save it as UTF-8 and import again</source>
        <translation>{name} không phải UTF-8 (byte {start}); hãy lưu lại dưới dạng UTF-8 rồi nhập lại</translation>
    </message>
    <message>
        <source>{name} is not a dataset file this tool wrote ({exc})</source>
        <translation>{name} không phải tệp bộ dữ liệu do công cụ này ghi ra ({exc})</translation>
    </message>
    <message>
        <source>{name} is not a spaCy DocBin ({exc})</source>
        <translation>{name} không phải spaCy DocBin ({exc})</translation>
    </message>
    <message>
        <source>{name} names no usable annotator: {exc}</source>
        <translation>{name} không nêu người chú thích dùng được: {exc}</translation>
    </message>
    <message>
        <source>{name} uses what this project&apos;s schema lacks: {missing}. Nothing was merged. Add them to the project&apos;s label schema, or map each to one it has, on the command line: annotator package merge PROJECT PACKAGE --map OLD=NEW</source>
        <translation>{name} dùng những thứ bộ nhãn của dự án này không có: {missing}. Không có gì được gộp. Hãy thêm chúng vào bộ nhãn của dự án, hoặc ánh xạ mỗi cái sang một tên dự án đã có, bằng dòng lệnh: annotator package merge PROJECT PACKAGE --map OLD=NEW</translation>
    </message>
    <message>
        <source>{name} was not merged: {exc}</source>
        <translation>{name} không được gộp: {exc}</translation>
    </message>
    <message>
        <source>{name}, document {doc_id}: {exc}</source>
        <translation>{name}, tài liệu {doc_id}: {exc}</translation>
    </message>
    <message>
        <source>{name}, item {number}: {reason}</source>
        <translation>{name}, mục {number}: {reason}</translation>
    </message>
    <message>
        <source>{name}, line {line}: {exc}</source>
        <translation>{name}, dòng {line}: {exc}</translation>
    </message>
    <message>
        <source>{name}, line {number}: {exc}</source>
        <translation>{name}, dòng {number}: {exc}</translation>
    </message>
    <message>
        <source>{name}, line {number}: {reason}</source>
        <translation>{name}, dòng {number}: {reason}</translation>
    </message>
    <message>
        <source>{name}, {failure}</source>
        <translation>{name}, {failure}</translation>
    </message>
    <message>
        <source>{name}.ann, line {number}: not read as brat writes it ({shape}); left out</source>
        <translation>{name}.ann, dòng {number}: không đọc được theo cách brat ghi ({shape}); đã bỏ qua</translation>
    </message>
    <message>
        <source>{name}.ann, line {number}: relation {relation} uses an entity that was left out or does not exist; left out</source>
        <translation>{name}.ann, dòng {number}: quan hệ {relation} dùng một thực thể đã bị bỏ qua hoặc không tồn tại; đã bỏ qua</translation>
    </message>
    <message>
        <source>{name}: not valid JSON ({exc})</source>
        <translation>{name}: không phải JSON hợp lệ ({exc})</translation>
    </message>
    <message>
        <source>{name}: {exc}</source>
        <translation>{name}: {exc}</translation>
    </message>
    <message>
        <source>{name}: {missing}</source>
        <translation>{name}: {missing}</translation>
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
        <source>{n} mentions</source>
        <translation>{n} lần nhắc</translation>
    </message>
    <message>
        <source>SQLite cannot read its structure: the file may have been cut short, or changed by another program</source>
        <translation>SQLite không đọc được cấu trúc của tệp: tệp có thể đã bị cắt cụt, hoặc bị một chương trình khác sửa</translation>
    </message>
    <message>
        <source>SQLite does not recognise it as a database</source>
        <translation>SQLite không nhận ra đây là một cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of its pages found 1 problem</source>
        <translation>SQLite kiểm tra các trang của tệp và thấy 1 lỗi</translation>
    </message>
    <message>
        <source>SQLite&apos;s check of its pages found {n} problems</source>
        <translation>SQLite kiểm tra các trang của tệp và thấy {n} lỗi</translation>
    </message>
    <message>
        <source>The recovery log {log} beside {project} would have damaged it: it was written over another state of the file (an older copy put in place of the project while it was open, say). It was moved to {moved} and not applied; {project} is exactly as its file says. Edits made after the copy was put in place are not in it.</source>
        <translation>Nhật ký khôi phục {log} bên cạnh {project} sẽ làm hỏng dự án: nó được ghi trên một trạng thái khác của tệp (chẳng hạn một bản sao cũ hơn được chép đè lên dự án khi dự án đang mở). Nó đã được chuyển sang {moved} và không được áp dụng; {project} giữ đúng như nội dung tệp. Những chỉnh sửa làm sau khi bản sao được chép vào không có trong đó.</translation>
    </message>
    <message>
        <source>some of these rejections are no longer in the project (undone or deleted meanwhile); open the list of held-back suggestions again</source>
        <translation>một số lần từ chối này không còn trong dự án (đã được hoàn tác hoặc xóa trong lúc đó); hãy mở lại danh sách những gì bộ nhớ bỏ qua</translation>
    </message>
    <message>
        <source>These words would cross the {label} span “{surface}”: spans may nest but not cross; select words inside it, or around it whole</source>
        <translation>Các chữ này sẽ cắt ngang chú thích {label} “{surface}”: chú thích được lồng nhau nhưng không được cắt ngang nhau; hãy chọn các chữ nằm trong nó, hoặc bao trọn nó</translation>
    </message>
    <message>
        <source>The {label} “{surface}” would cross the {other_label} “{other}”: spans may nest but not cross; accept or reject one of the two by itself first</source>
        <translation>Chú thích {label} “{surface}” sẽ cắt ngang chú thích {other_label} “{other}”: chú thích được lồng nhau nhưng không được cắt ngang nhau; hãy chấp nhận hoặc từ chối riêng một trong hai trước</translation>
    </message>
    <message>
        <source>was moved to {place} (the work saved so far is there)</source>
        <translation>đã được chuyển tới {place} (phần việc đã lưu đến giờ nằm ở đó)</translation>
    </message>
    <message>
        <source>{objects} are missing</source>
        <translation>thiếu {objects}</translation>
    </message>
    <message>
        <source>{objects} differ from what it creates</source>
        <translation>{objects} khác với những gì chương trình tạo ra</translation>
    </message>
    <message>
        <source>{objects} differs from what it creates</source>
        <translation>{objects} khác với những gì chương trình tạo ra</translation>
    </message>
    <message>
        <source>{objects} is missing</source>
        <translation>thiếu {objects}</translation>
    </message>
    <message>
        <source>{path} cannot be opened as a project: {exc}.</source>
        <translation>Không mở được {path} như một dự án: {exc}.</translation>
    </message>
    <message>
        <source>{path} cannot be read: {strerror}.</source>
        <translation>Không đọc được {path}: {strerror}.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a project file.</source>
        <translation>{path} là một thư mục, không phải tệp dự án.</translation>
    </message>
    <message>
        <source>{path} is an SQLite database of another program, not an annotation project.</source>
        <translation>{path} là cơ sở dữ liệu SQLite của một chương trình khác, không phải dự án chú thích.</translation>
    </message>
    <message>
        <source>{path} is an empty file, not a project.</source>
        <translation>{path} là tệp rỗng, không phải dự án.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({exc}).</source>
        <translation>{path} bị hỏng và không đọc được ({exc}).</translation>
    </message>
    <message>
        <source>{path} is damaged or not a project: {exc}.</source>
        <translation>{path} bị hỏng hoặc không phải dự án: {exc}.</translation>
    </message>
    <message>
        <source>{path} is damaged: {value}.</source>
        <translation>{path} bị hỏng: {value}.</translation>
    </message>
    <message>
        <source>{path} is not a project file (it is not an SQLite database).</source>
        <translation>{path} không phải tệp dự án (không phải cơ sở dữ liệu SQLite).</translation>
    </message>
    <message>
        <source>{path} is not an annotation project (format {name!r}).</source>
        <translation>{path} không phải dự án chú thích (định dạng {name!r}).</translation>
    </message>
    <message>
        <source>{path} is not an annotation project (it has no format record).</source>
        <translation>{path} không phải dự án chú thích (tệp không có bản ghi định dạng).</translation>
    </message>
    <message>
        <source>{path} needs upgrading to this version&apos;s format, but its backup copy {name} could not be written ({exc}); the disk may be full. Nothing was changed: free some disk space and open it again.</source>
        <translation>{path} cần được nâng cấp lên định dạng của phiên bản này, nhưng không ghi được bản sao lưu {name} ({exc}); ổ đĩa có thể đã đầy. Không có gì bị thay đổi: hãy giải phóng bớt dung lượng ổ đĩa rồi mở lại.</translation>
    </message>
    <message>
        <source>{path} was not opened: {problems}. SQL stored in a project file would run in your session (on open and on every edit), so nothing in it was run or changed. Ask whoever sent it for a clean copy, or make one: annotator clean-copy {path} CLEAN.db</source>
        <translation>{path} không được mở: {problems}. Lệnh SQL lưu trong tệp dự án sẽ chạy trong phiên làm việc của bạn (khi mở và mỗi lần sửa), nên không có gì trong tệp được chạy hay bị thay đổi. Hãy xin người gửi một bản sao sạch, hoặc tự tạo: annotator clean-copy {path} CLEAN.db</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of the annotator (it has format steps {unknown}); update the program to open it.</source>
        <translation>{path} được ghi bởi một phiên bản mới hơn của chương trình (tệp có các bước định dạng {unknown}); hãy cập nhật chương trình để mở.</translation>
    </message>
    <message>
        <source>{path} {problem} while it was open, so no further change will be saved to it. Your work up to the last saved change is still readable here: save it to a new file with File ▸ Save project as… before closing the project.</source>
        <translation>Trong lúc đang mở, {path} {problem}, nên từ giờ sẽ không thay đổi nào được lưu vào đó nữa. Công việc của bạn tới lần lưu cuối vẫn đọc được ở đây: hãy lưu sang tệp mới bằng Tệp ▸ Lưu dự án thành… trước khi đóng dự án.</translation>
    </message>
    <message>
        <source>{path} {problem} while it was open, so this change was NOT saved and no further change will be. Your work up to the last saved change is still readable here: save it to a new file with File ▸ Save project as… before closing the project.</source>
        <translation>Trong lúc đang mở, {path} {problem}, nên thay đổi này KHÔNG được lưu và các thay đổi sau cũng sẽ không được lưu. Công việc của bạn tới lần lưu cuối vẫn đọc được ở đây: hãy lưu sang tệp mới bằng Tệp ▸ Lưu dự án thành… trước khi đóng dự án.</translation>
    </message>
    <message>
        <source>{problems}; {more}</source>
        <translation>{problems}; {more}</translation>
    </message>
    <message>
        <source>{project} has recent edits in {log} that cannot be read from a read-only folder; the project is shown without them. Copy both files to a folder you can write to, and open the copy, to get them back.</source>
        <translation>{project} có những chỉnh sửa gần đây trong {log} không đọc được từ thư mục chỉ đọc; dự án được hiển thị không có chúng. Hãy chép cả hai tệp sang thư mục bạn có quyền ghi rồi mở bản sao để lấy lại.</translation>
    </message>
    <message>
        <source>{project} is open for reading only: {reason}. Edits cannot be saved; to edit, save a copy in a folder you can write to (in the window: File ▸ Save project as…).</source>
        <translation>{project} được mở chỉ để đọc: {reason}. Không lưu được chỉnh sửa; muốn sửa, hãy lưu một bản sao vào thư mục bạn có quyền ghi (trong cửa sổ: Tệp ▸ Lưu dự án thành…).</translation>
    </message>
    <message>
        <source>{reason} Check that underthesea is installed, or raise the time limit.</source>
        <translation>{reason} Hãy kiểm tra underthesea đã được cài đặt chưa, hoặc nâng giới hạn thời gian.</translation>
    </message>
    <message>
        <source>{relation_type} does not link {head} to {tail}; it links {heads} to {tails}</source>
        <translation>{relation_type} không nối {head} với {tail}; loại quan hệ này nối {heads} với {tails}</translation>
    </message>
    <message>
        <source>{source}: the table {name} was redefined, so its data cannot be trusted to fit; no clean copy can be made. Ask whoever sent the file for another copy.</source>
        <translation>{source}: bảng {name} đã bị định nghĩa lại, nên không thể tin dữ liệu của nó còn khớp; không tạo được bản sao sạch. Hãy xin người gửi một bản sao khác.</translation>
    </message>
    <message>
        <source>{taken} already exists; choose another --out folder or remove it</source>
        <translation>{taken} đã tồn tại; hãy chọn thư mục --out khác hoặc xóa nó đi</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name for the copy.</source>
        <translation>{target} đã tồn tại; hãy chọn tên tệp mới cho bản sao.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name for the project.</source>
        <translation>{target} đã tồn tại; hãy chọn tên tệp mới cho dự án.</translation>
    </message>
    <message>
        <source>{target} already exists; choose a new file name.</source>
        <translation>{target} đã tồn tại; hãy chọn tên tệp mới.</translation>
    </message>
    <message>
        <source>{target} already exists; choose another name or allow overwriting it</source>
        <translation>{target} đã tồn tại; hãy chọn tên khác hoặc cho phép ghi đè</translation>
    </message>
    <message>
        <source>{target} cannot be created: its folder is read-only (or on a read-only disk).</source>
        <translation>Không tạo được {target}: thư mục chứa nó chỉ đọc (hoặc nằm trên ổ đĩa chỉ đọc).</translation>
    </message>
    <message>
        <source>{target} cannot be opened for editing: {reason}. Nothing was changed. Copy it to a folder you can write to, or open it only to read and export.</source>
        <translation>Không mở được {target} để chỉnh sửa: {reason}. Không có gì bị thay đổi. Hãy chép nó sang thư mục bạn có quyền ghi, hoặc chỉ mở để đọc và xuất dữ liệu.</translation>
    </message>
    <message>
        <source>{target} could not be created: the disk is full (or a file size limit was reached). Nothing was left behind; free some space and create it again.</source>
        <translation>Không tạo được {target}: ổ đĩa đã đầy (hoặc đã chạm giới hạn kích thước tệp). Không có gì bị bỏ lại; hãy giải phóng bớt dung lượng rồi tạo lại.</translation>
    </message>
    <message>
        <source>{target} is not an annotation project.</source>
        <translation>{target} không phải dự án chú thích.</translation>
    </message>
    <message>
        <source>{target} is open in another program, but the recovery log beside it ({log}) does not belong to it: {reason}. Close the other program, then open the project again.</source>
        <translation>{target} đang được mở trong một chương trình khác, nhưng nhật ký khôi phục bên cạnh nó ({log}) không thuộc về nó: {reason}. Hãy đóng chương trình kia rồi mở lại dự án.</translation>
    </message>
    <message>
        <source>{target} was made by an older version and must be upgraded before it can be read, which needs write access ({read_only_reason}). Copy it to a folder you can write to and open the copy.</source>
        <translation>{target} được tạo bởi một phiên bản cũ hơn và phải được nâng cấp trước khi đọc, việc này cần quyền ghi ({read_only_reason}). Hãy chép nó sang thư mục bạn có quyền ghi rồi mở bản sao.</translation>
    </message>
    <message>
        <source>{value!r} is not a colour; write it as #rrggbb, e.g. #c0392b</source>
        <translation>{value!r} không phải là màu; hãy viết dạng #rrggbb, ví dụ #c0392b</translation>
    </message>
    <message>
        <source>{what} {value!r} is not one of {allowed}</source>
        <translation>{what} {value!r} không thuộc {allowed}</translation>
    </message>
    <message>
        <source>{where}: [{start}, {end}) does not fit a text of {count} characters; left out</source>
        <translation>{where}: [{start}, {end}) không nằm gọn trong văn bản dài {count} ký tự; đã bỏ qua</translation>
    </message>
    <message>
        <source>{where}: a discontinuous entity, read as the whole range it covers</source>
        <translation>{where}: thực thể không liền mạch, được đọc thành toàn bộ khoảng nó bao phủ</translation>
    </message>
    <message>
        <source>{where}: its end ({end}) comes before its start ({start}); left out</source>
        <translation>{where}: điểm kết thúc ({end}) đứng trước điểm bắt đầu ({start}); đã bỏ qua</translation>
    </message>
    <message>
        <source>{where}: its fragments are out of order; left out</source>
        <translation>{where}: các mảnh không theo thứ tự; đã bỏ qua</translation>
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
        <source>{references} decoded in {files}</source>
        <translation>đã giải mã {references} trong {files}</translation>
    </message>
    <message>
        <source>{n} waiting for the search index (indexed in the background)</source>
        <translation>{n} tài liệu chờ vào chỉ mục tìm kiếm (được lập chỉ mục ở chế độ nền)</translation>
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
        <source>preparing documents</source>
        <translation>chuẩn bị tài liệu</translation>
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
        <source>Merged {file}: {annotator}&apos;s layer on {documents} ({spans}, {relations}) replaces their earlier layer there.</source>
        <translation>Đã gộp {file}: lớp của {annotator} trên {documents} ({spans}, {relations}) thay cho lớp trước đó của họ ở các tài liệu này.</translation>
    </message>
    <message>
        <source>Skipped {documents} of the package that this project does not hold (their text differs): {titles}</source>
        <translation>Bỏ qua {documents} của gói mà dự án này không có (văn bản khác nhau): {titles}</translation>
    </message>
    <message>
        <source>{documents} took {annotator}&apos;s own status there, as expected.</source>
        <translation>{documents} nhận trạng thái riêng của {annotator} ở đó, đúng như dự kiến.</translation>
    </message>
    <message>
        <source>{documents} went from {before} to {after}, as {annotator}&apos;s own status there is {own} (a document&apos;s status sums up every annotator&apos;s): {titles}</source>
        <translation>{documents} chuyển từ «{before}» sang «{after}», vì trạng thái riêng của {annotator} ở đó là «{own}» (trạng thái của tài liệu tổng hợp trạng thái của mọi người gán nhãn): {titles}</translation>
    </message>
    <message>
        <source>{documents} shared out among {annotators}:</source>
        <translation>{documents} được chia cho {annotators}:</translation>
    </message>
    <message>
        <source>{name}: {documents} -&gt; {path}</source>
        <translation>{name}: {documents} -&gt; {path}</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> và {n} tài liệu khác</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln cảnh báo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) not matching the include patterns</source>
        <translation>
            <numerusform>%Ln tệp không khớp mẫu được chọn</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out, never decided by {annotator}: {count} of the package that this project still holds, pending in another layer; merged, each would only repeat one.</source>
        <translation>Không gộp, vì {annotator} chưa hề quyết định: {count} của gói mà dự án này vẫn còn giữ, đang chờ duyệt ở một lớp khác; gộp vào thì mỗi gợi ý chỉ lặp lại một gợi ý đã có.</translation>
    </message>
    <message>
        <source>Left out, never decided by {annotator}: {count} of the package that another layer here has accepted or rejected since; merged, each would bring a decided suggestion back as pending.</source>
        <translation>Không gộp, vì {annotator} chưa hề quyết định: {count} của gói mà một lớp khác ở đây đã chấp nhận hoặc từ chối kể từ khi tạo gói; gộp vào thì mỗi gợi ý sẽ đưa một gợi ý đã quyết định trở lại chờ duyệt.</translation>
    </message>
    <message>
        <source>Left out, never decided by {annotator}: {count} of the package on a span left out, or repeating a relation this project holds.</source>
        <translation>Không gộp, vì {annotator} chưa hề quyết định: {count} của gói nằm trên một chú thích không được gộp, hoặc lặp lại một quan hệ dự án này đã có.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
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
        <source>status {unknown!r} is not one of {choices}</source>
        <translation>trạng thái {unknown!r} không thuộc {choices}</translation>
    </message>
    <message>
        <source>the regular expression {pattern!r} is not valid: {exc}</source>
        <translation>biểu thức chính quy {pattern!r} không hợp lệ: {exc}</translation>
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
    <message>
        <source>Someone else&apos;s work package</source>
        <translation>Gói công việc của người khác</translation>
    </message>
    <message>
        <source>This work package was made for {owner}, but your edits are signed {me}. Edits in it are merged back as {owner}&apos;s layer, so working as {me} mixes two people&apos;s work. Whose name should your edits here carry?</source>
        <translation>Gói công việc này được tạo cho {owner}, nhưng các chỉnh sửa của bạn đang được ký tên {me}. Khi gộp lại, mọi chỉnh sửa trong gói được tính là lớp của {owner}, nên làm việc dưới tên {me} sẽ trộn lẫn công việc của hai người. Các chỉnh sửa của bạn ở đây nên mang tên ai?</translation>
    </message>
    <message>
        <source>Continue as {owner}</source>
        <translation>Tiếp tục với tên {owner}</translation>
    </message>
    <message>
        <source>Continue as {me}</source>
        <translation>Tiếp tục với tên {me}</translation>
    </message>
    <message>
        <source>Annotators: {names}</source>
        <translation>Người chú thích: {names}</translation>
    </message>
    <message>
        <source>Documents compared: {n}</source>
        <translation>Số tài liệu được so sánh: {n}</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa {fleiss}, Krippendorff&apos;s alpha {alpha}, span F1 {f1} (overlap {overlap}), relation F1 {relations}</source>
        <translation>Kappa Fleiss {fleiss}, alpha Krippendorff {alpha}, F1 chú thích {f1} (chồng lấn {overlap}), F1 quan hệ {relations}</translation>
    </message>
    <message>
        <source>{a} &amp; {b} ({documents}): F1 {f1} (overlap {overlap}; {agreed} agreed, {only_a} only {a}, {only_b} only {b}), kappa {kappa}</source>
        <translation>{a} &amp; {b} ({documents}): F1 {f1} (chồng lấn {overlap}; {agreed} trùng khớp, {only_a} chỉ {a} có, {only_b} chỉ {b} có), kappa {kappa}</translation>
    </message>
    <message>
        <source>{label}: F1 {f1}, kappa {kappa}, overlap F1 {overlap} ({counts})</source>
        <translation>{label}: F1 {f1}, kappa {kappa}, F1 chồng lấn {overlap} ({counts})</translation>
    </message>
    <message>
        <source>relation {kind}: F1 {f1} ({counts})</source>
        <translation>quan hệ {kind}: F1 {f1} ({counts})</translation>
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
        <source>1 document</source>
        <translation>1 tài liệu</translation>
    </message>
    <message>
        <source>1 span</source>
        <translation>1 chú thích</translation>
    </message>
    <message>
        <source>{n} spans</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>1 relation</source>
        <translation>1 quan hệ</translation>
    </message>
    <message>
        <source>{cause} The import stopped after 1 imported document, which is kept; run the same import again to finish it (files already imported are skipped).</source>
        <translation>{cause} Việc nhập dữ liệu đã dừng sau 1 tài liệu đã nhập, tài liệu này được giữ lại; hãy chạy lại đúng lần nhập đó để hoàn tất (các tệp đã nhập sẽ được bỏ qua).</translation>
    </message>
    <message>
        <source>{cause} The import stopped after {n} imported documents, which are kept; run the same import again to finish it (files already imported are skipped).</source>
        <translation>{cause} Việc nhập dữ liệu đã dừng sau {n} tài liệu đã nhập, các tài liệu này được giữ lại; hãy chạy lại đúng lần nhập đó để hoàn tất (các tệp đã nhập sẽ được bỏ qua).</translation>
    </message>
    <message>
        <source>{linked} linked by name, {suggested} suggested for confirmation; {persons}, {organisations}</source>
        <translation>{linked} được liên kết theo tên, {suggested} lần nhắc chờ xác nhận; {persons}, {organisations}</translation>
    </message>
    <message>
        <source>{name} is an older copy of {annotator}&apos;s package: last edited {edited}, while the copy merged on {merged} was last edited {before}. Merging it would put {annotator}&apos;s earlier work back over their later work, so nothing was merged. To keep the older copy all the same, merge it again and confirm (or, on the command line, add --replace-newer).</source>
        <translation>{name} là một bản sao cũ hơn của gói của {annotator}: sửa lần cuối lúc {edited}, còn bản sao đã gộp lúc {merged} được sửa lần cuối lúc {before}. Gộp nó sẽ đưa công việc trước đây của {annotator} đè lên công việc sau này của họ, nên không có gì được gộp. Nếu vẫn muốn giữ bản sao cũ này, hãy gộp lại và xác nhận (hoặc, trên dòng lệnh, thêm --replace-newer).</translation>
    </message>
    <message>
        <source>{name} is the copy merged on {merged}, unchanged since: merging it again changed nothing.</source>
        <translation>{name} là bản sao đã gộp lúc {merged}, chưa thay đổi từ đó: gộp lại không thay đổi gì.</translation>
    </message>
    <message>
        <source>{n} new organisations</source>
        <translation>{n} tổ chức mới</translation>
    </message>
    <message>
        <source>{n} new persons</source>
        <translation>{n} người mới</translation>
    </message>
    <message>
        <source>{n} relations</source>
        <translation>{n} quan hệ</translation>
    </message>
    <message>
        <source>1 suggestion</source>
        <translation>1 gợi ý</translation>
    </message>
    <message>
        <source>{n} suggestions</source>
        <translation>{n} gợi ý</translation>
    </message>
    <message>
        <source>1 pending suggestion</source>
        <translation>1 gợi ý chờ duyệt</translation>
    </message>
    <message>
        <source>{n} pending suggestions</source>
        <translation>{n} gợi ý chờ duyệt</translation>
    </message>
    <message>
        <source>1 annotator</source>
        <translation>1 người chú thích</translation>
    </message>
    <message>
        <source>{n} annotators</source>
        <translation>{n} người chú thích</translation>
    </message>
    <message>
        <source>1 annotation</source>
        <translation>1 chú thích</translation>
    </message>
    <message>
        <source>{n} annotations</source>
        <translation>{n} chú thích</translation>
    </message>
    <message>
        <source>1 suggested span</source>
        <translation>1 chú thích gợi ý</translation>
    </message>
    <message>
        <source>{n} suggested spans</source>
        <translation>{n} chú thích gợi ý</translation>
    </message>
    <message>
        <source>1 pending relation</source>
        <translation>1 quan hệ chờ duyệt</translation>
    </message>
    <message>
        <source>{n} pending relations</source>
        <translation>{n} quan hệ chờ duyệt</translation>
    </message>
    <message>
        <source>1 suggested relation</source>
        <translation>1 quan hệ gợi ý</translation>
    </message>
    <message>
        <source>{n} suggested relations</source>
        <translation>{n} quan hệ gợi ý</translation>
    </message>
    <message>
        <source>1 finished document</source>
        <translation>1 tài liệu đã xong</translation>
    </message>
    <message>
        <source>{n} finished documents</source>
        <translation>{n} tài liệu đã xong</translation>
    </message>
    <message>
        <source>1 unfinished document</source>
        <translation>1 tài liệu chưa xong</translation>
    </message>
    <message>
        <source>{n} unfinished documents</source>
        <translation>{n} tài liệu chưa xong</translation>
    </message>
    <message>
        <source>1 package</source>
        <translation>1 gói</translation>
    </message>
    <message>
        <source>{n} packages</source>
        <translation>{n} gói</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 tệp</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} tệp</translation>
    </message>
    <message>
        <source>1 HTML character reference</source>
        <translation>1 tham chiếu ký tự HTML</translation>
    </message>
    <message>
        <source>{n} HTML character references</source>
        <translation>{n} tham chiếu ký tự HTML</translation>
    </message>
    <message>
        <source>accepting {items}</source>
        <translation>chấp nhận {items}</translation>
    </message>
    <message>
        <source>rejecting {items}</source>
        <translation>từ chối {items}</translation>
    </message>
    <message>
        <source>returning {items} to pending</source>
        <translation>đưa {items} về chờ duyệt</translation>
    </message>
    <message>
        <source>removing {items}</source>
        <translation>xóa {items}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} và {second}</translation>
    </message>
    <message>
        <source>correcting {label} to {text} and accepting it</source>
        <translation>sửa {label} thành {text} và chấp nhận</translation>
    </message>
    <message numerus="yes">
        <source>{what} in %Ln document(s)</source>
        <translation>
            <numerusform>{what} trong %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>{what} in “{title}”</source>
        <translation>{what} trong “{title}”</translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln document(s) done</source>
        <translation>
            <numerusform>Đánh dấu xong %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reopen %Ln document(s)</source>
        <translation>
            <numerusform>Mở lại %Ln tài liệu (đang làm)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %Ln document(s) reviewed</source>
        <translation>
            <numerusform>Đánh dấu đã duyệt %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln document(s)…</source>
        <translation>
            <numerusform>Xóa %Ln tài liệu…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The next suggest run proposes %Ln held-back surface(s) again: {names} (Ctrl+Z holds them back again).</source>
        <translation>
            <numerusform>Lần gợi ý tới sẽ đề xuất lại %Ln chuỗi chữ bộ nhớ đã bỏ qua: {names} (Ctrl+Z để bộ nhớ bỏ qua lại).</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep HTML character references (&amp;#39;, &amp;amp;, &amp;nbsp;…) as written</source>
        <translation>Giữ nguyên tham chiếu ký tự HTML (&amp;#39;, &amp;amp;, &amp;nbsp;…) như trong tệp</translation>
    </message>
    <message>
        <source>By default the character references of plain text and of token corpora (CoNLL, PhoNER, VLSP, text-only JSONL) are decoded to the characters they stand for (&amp;#39; becomes &apos;, &amp;amp; becomes &amp;), once, at import; brat and JSONL with offsets keep them, as their offsets count them.</source>
        <translation>Mặc định, tham chiếu ký tự trong văn bản thuần và trong kho ngữ liệu theo token (CoNLL, PhoNER, VLSP, JSONL chỉ có văn bản) được giải mã thành ký tự mà chúng biểu thị (&amp;#39; thành &apos;, &amp;amp; thành &amp;), một lần, khi nhập; brat và JSONL có vị trí ký tự giữ nguyên chúng, vì vị trí của chúng tính cả các tham chiếu này.</translation>
    </message>
    <message>
        <source>Documents to export without an accepted annotation: {bare} of {documents}. Their files will hold the text alone.</source>
        <translation>Tài liệu sẽ xuất mà không có chú thích được chấp nhận nào: {bare} trên {documents}. Tệp của chúng sẽ chỉ có văn bản.</translation>
    </message>
    <message>
        <source>Of those, with pending suggestions only: {pending}. Pending suggestions are not exported (accept them first, or tick “Include pending suggestions”).</source>
        <translation>Trong số đó, chỉ có gợi ý chờ duyệt: {pending}. Gợi ý chờ duyệt không được xuất (hãy chấp nhận chúng trước, hoặc đánh dấu “Gồm cả gợi ý chờ duyệt”).</translation>
    </message>
    <message>
        <source>Export anyway?</source>
        <translation>Vẫn xuất dữ liệu?</translation>
    </message>
    <message>
        <source>Export documents without annotations?</source>
        <translation>Xuất các tài liệu không có chú thích?</translation>
    </message>
    <message>
        <source>{key} edits this field; for {command}, press it in the text.</source>
        <translation>{key} dùng để sửa ô nhập này; để {command}, hãy nhấn phím này trong văn bản.</translation>
    </message>
    <message>
        <source>{key} ({command}) works on the document: press it in the text, not in a field.</source>
        <translation>{key} ({command}) tác động lên tài liệu: hãy nhấn phím này trong văn bản, không phải trong ô nhập.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… và {count} mục khác</translation>
    </message>
    <message>
        <source>The folder {path} already holds:</source>
        <translation>Thư mục {path} đã chứa:</translation>
    </message>
    <message>
        <source>Replacing it removes everything listed and writes the new dataset in its place; the old files stay until the new ones are completely written.</source>
        <translation>Thay thư mục này sẽ xóa mọi thứ liệt kê ở trên và ghi bộ dữ liệu mới vào chỗ đó; các tệp cũ vẫn được giữ cho đến khi các tệp mới được ghi xong hoàn toàn.</translation>
    </message>
    <message>
        <source>This folder does not look like an earlier export (it has no {card}): check that nothing in it is needed.</source>
        <translation>Thư mục này có vẻ không phải một lần xuất dữ liệu trước đây (không có {card}): hãy kiểm tra để chắc rằng không còn cần gì trong đó.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Chưa ghi gì.</translation>
    </message>
    <message>
        <source>{path} is a file, and an export is a folder of files, so it cannot go there and the file was left as it is. Type a new folder name under Folder, or choose a folder with Browse…</source>
        <translation>{path} là một tệp, còn dữ liệu xuất là một thư mục gồm nhiều tệp, nên không thể ghi vào đó; tệp ấy được giữ nguyên. Hãy gõ tên một thư mục mới ở ô Thư mục, hoặc chọn một thư mục bằng nút Chọn…</translation>
    </message>
    <message>
        <source>Export writes each annotator&apos;s layer into a folder of its own inside {path}. These folders are there already and will be replaced by the new export:</source>
        <translation>Lệnh xuất ghi lớp của mỗi người chú thích vào một thư mục riêng bên trong {path}. Những thư mục sau đã có sẵn và sẽ được thay bằng dữ liệu xuất mới:</translation>
    </message>
    <message>
        <source>Everything else in {path} stays as it is; the old files stay until the new ones are completely written.</source>
        <translation>Mọi thứ khác trong {path} được giữ nguyên; các tệp cũ vẫn còn cho đến khi các tệp mới được ghi xong hoàn toàn.</translation>
    </message>
    <message>
        <source>Replace the annotators&apos; folders?</source>
        <translation>Thay thế thư mục của những người chú thích?</translation>
    </message>
    <message>
        <source>Replace the folder?</source>
        <translation>Thay thư mục?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Thay thế</translation>
    </message>
    <message>
        <source>Choose another folder…</source>
        <translation>Chọn thư mục khác…</translation>
    </message>
    <message>
        <source>Not redone here: the next step to redo, {what}, is an edit of the documents, not of the schema. Close this window to redo it in the text.</source>
        <translation>Chưa làm lại ở đây: bước cần làm lại tiếp theo, {what}, là một chỉnh sửa trong tài liệu, không phải trong bộ nhãn. Hãy đóng cửa sổ này để làm lại nó trong văn bản.</translation>
    </message>
    <message>
        <source>Not undone here: the last step, {what}, is an edit of the documents, not of the schema. Close this window to undo it in the text.</source>
        <translation>Chưa hoàn tác ở đây: bước cuối cùng, {what}, là một chỉnh sửa trong tài liệu, không phải trong bộ nhãn. Hãy đóng cửa sổ này để hoàn tác nó trong văn bản.</translation>
    </message>
    <message>
        <source>an edit</source>
        <translation>một chỉnh sửa</translation>
    </message>
    <message>
        <source>No spans of yours on this document.</source>
        <translation>Bạn chưa có chú thích nào trên tài liệu này.</translation>
    </message>
    <message>
        <source>No curated spans on this document yet.</source>
        <translation>Tài liệu này chưa có chú thích nào đã hiệu đính.</translation>
    </message>
    <message>
        <source>{name} has no spans on this document.</source>
        <translation>{name} không có chú thích nào trên tài liệu này.</translation>
    </message>
    <message>
        <source>The other layers have none either.</source>
        <translation>Các lớp khác cũng không có chú thích nào.</translation>
    </message>
    <message>
        <source>The other layers have {spans} ({layers}): choose All layers in the Layer box to see them.</source>
        <translation>Các lớp khác có {spans} ({layers}): chọn Mọi lớp trong ô Lớp để xem.</translation>
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
        <source>Click for the recent messages, whole (Ctrl+Shift+M)</source>
        <translation>Bấm để xem trọn các thông báo gần đây (Ctrl+Shift+M)</translation>
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
        <source>{who} on {host} (process {pid}) since {when}</source>
        <translation>{who} trên {host} (tiến trình {pid}) từ {when}</translation>
    </message>
    <message>
        <source>Indexing for search: {done} of {total}</source>
        <translation>Đang lập chỉ mục tìm kiếm: {done} / {total}</translation>
    </message>
    <message>
        <source>Search cannot find 1 damaged document</source>
        <translation>Tìm kiếm không thấy được 1 tài liệu bị hỏng</translation>
    </message>
    <message>
        <source>Search cannot find {count} damaged documents</source>
        <translation>Tìm kiếm không thấy được {count} tài liệu bị hỏng</translation>
    </message>
    <message numerus="yes">
        <source>Also open in %Ln other window(s)</source>
        <translation>
            <numerusform>Cũng đang mở ở %Ln cửa sổ khác</numerusform>
        </translation>
    </message>
    <message>
        <source>Search finds these documents once they are indexed; editing goes on as usual.</source>
        <translation>Tìm kiếm sẽ thấy các tài liệu này khi chúng đã vào chỉ mục; vẫn chú giải bình thường.</translation>
    </message>
    <message>
        <source>Document {id}: {why}</source>
        <translation>Tài liệu {id}: {why}</translation>
    </message>
    <message>
        <source>Their stored text is damaged: restore the project from a backup copy, or delete them.</source>
        <translation>Văn bản lưu của chúng bị hỏng: hãy khôi phục dự án từ một bản sao lưu, hoặc xóa các tài liệu này.</translation>
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
        <source>%Ln surface(s) labelled inconsistently</source>
        <translation>
            <numerusform>%Ln chuỗi chữ được gán nhãn không nhất quán</numerusform>
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
        <source>Labelled %Ln occurrence(s) as </source>
        <translation>
            <numerusform>Đã gán nhãn %Ln lần xuất hiện là </numerusform>
        </translation>
    </message>
    <message>
        <source> (Ctrl+Z undoes)</source>
        <translation> (Ctrl+Z để hoàn tác)</translation>
    </message>
    <message>
        <source>The document list&apos;s filters hide the open document “{title}”.</source>
        <translation>Bộ lọc của danh sách tài liệu đang ẩn tài liệu đang mở “{title}”.</translation>
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
        <source>Accept the selected rows into the curated layer (Enter)</source>
        <translation>Đưa các dòng đang chọn vào lớp hiệu đính (Enter)</translation>
    </message>
    <message>
        <source>Take the selected rows out of the curated layer (Delete)</source>
        <translation>Bỏ các dòng đang chọn khỏi lớp hiệu đính (Delete)</translation>
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
        <source>{annotators}; {spans} disputed; {c} in the curated layer; {relations} disputed; status: {s}</source>
        <translation>{annotators}; {spans} bất đồng giữa người chú thích; {c} trong lớp hiệu đính; {relations} bất đồng; trạng thái: {s}</translation>
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
        <source>This document still has {pending}. Marked done, they stay pending and exports leave them out.</source>
        <translation>Tài liệu này còn {pending}. Nếu đánh dấu xong, chúng vẫn chờ duyệt và không được xuất.</translation>
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
        <source>{spans} and {relations}</source>
        <translation>{spans} và {relations}</translation>
    </message>
    <message>
        <source>“{done}” marked done (Ctrl+Z takes it back) · now “{now}”</source>
        <translation>Đã đánh dấu xong “{done}” (Ctrl+Z để hoàn tác) · đang mở “{now}”</translation>
    </message>
    <message>
        <source>Every document in the list is done.</source>
        <translation>Mọi tài liệu trong danh sách đã xong.</translation>
    </message>
    <message>
        <source>Every document is done.</source>
        <translation>Mọi tài liệu đã xong.</translation>
    </message>
    <message>
        <source>No unfinished document in the list.</source>
        <translation>Danh sách không còn tài liệu nào chưa xong.</translation>
    </message>
    <message>
        <source>Mark the {documents} of the list done? Edit ▸ Undo (Ctrl+Z) takes them all back.</source>
        <translation>Đánh dấu xong {documents} trong danh sách? Sửa ▸ Hoàn tác (Ctrl+Z) sẽ khôi phục tất cả.</translation>
    </message>
    <message>
        <source>{documents} marked done (Ctrl+Z takes them back)</source>
        <translation>Đã đánh dấu xong {documents} (Ctrl+Z để hoàn tác)</translation>
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
        <source>Delete “{title}” with its {held}? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa “{title}” cùng {held} của nó? Sửa ▸ Hoàn tác (Ctrl+Z) sẽ khôi phục.</translation>
    </message>
    <message>
        <source>Delete “{title}”? Edit ▸ Undo (Ctrl+Z) brings it back.</source>
        <translation>Xóa “{title}”? Sửa ▸ Hoàn tác (Ctrl+Z) sẽ khôi phục.</translation>
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
    <message>
        <source>The selected documents are all finished.</source>
        <translation>Các tài liệu đã chọn đều đã xong.</translation>
    </message>
    <message>
        <source>{documents} reopened (Ctrl+Z takes them back)</source>
        <translation>Đã mở lại {documents} (Ctrl+Z để hoàn tác)</translation>
    </message>
    <message>
        <source>{documents} marked reviewed (Ctrl+Z takes them back)</source>
        <translation>Đã đánh dấu đã duyệt {documents} (Ctrl+Z để hoàn tác)</translation>
    </message>
    <message>
        <source>Delete the {documents} with their annotations? Edit ▸ Undo (Ctrl+Z) brings them back.</source>
        <translation>Xóa {documents} cùng các chú thích của chúng? Sửa ▸ Hoàn tác (Ctrl+Z) sẽ khôi phục.</translation>
    </message>
    <message>
        <source>Delete documents</source>
        <translation>Xóa tài liệu</translation>
    </message>
    <message>
        <source>{documents} deleted (Ctrl+Z brings them back)</source>
        <translation>Đã xóa {documents} (Ctrl+Z để khôi phục)</translation>
    </message>
</context>
<context>
    <name>DocumentPanel</name>
    <message>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Only documents in this annotator&apos;s work (spans, an own status, or a package), with their own status and counts</source>
        <translation>Chỉ các tài liệu thuộc phần việc của người chú thích này (có chú thích, có trạng thái riêng, hoặc được giao qua một gói), với trạng thái và số đếm của riêng họ</translation>
    </message>
    <message>
        <source>Only the documents read from this file</source>
        <translation>Chỉ các tài liệu đọc từ tệp này</translation>
    </message>
    <message>
        <source>Filter titles…</source>
        <translation>Lọc theo tiêu đề…</translation>
    </message>
    <message>
        <source>All annotators</source>
        <translation>Mọi người chú thích</translation>
    </message>
    <message>
        <source>Curated</source>
        <translation>Đã hiệu đính</translation>
    </message>
    <message>
        <source>All source files</source>
        <translation>Mọi tệp nguồn</translation>
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
        <source>Annotations accepted in the document</source>
        <translation>Chú thích đã chấp nhận trong tài liệu</translation>
    </message>
    <message>
        <source>Suggestions and suggested relations waiting for review</source>
        <translation>Gợi ý và quan hệ gợi ý đang chờ duyệt</translation>
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
        <source>Export takes {chosen} of {documents}.</source>
        <translation>Lần xuất này lấy {chosen} trong {documents}.</translation>
    </message>
    <message>
        <source>The other {others} have a status not ticked under Status, or a title without the words asked for.</source>
        <translation>{others} tài liệu còn lại có trạng thái chưa được đánh dấu ở mục Trạng thái, hoặc tiêu đề không chứa các từ đã nhập.</translation>
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
        <source>That folder holds files: Export asks before replacing it.</source>
        <translation>Thư mục đó đã có tệp: nút Xuất sẽ hỏi trước khi thay nó.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Warning: {parts} hold {documents} and not one span. Export only annotated documents (done, reviewed), or balance label counts across splits.</source>
        <translation>Cảnh báo: {parts} có {documents} mà không có chú thích nào. Hãy chỉ xuất tài liệu đã chú thích (xong, đã duyệt), hoặc cân bằng số nhãn giữa các phần.</translation>
    </message>
    <message>
        <source>every status</source>
        <translation>mọi trạng thái</translation>
    </message>
    <message>
        <source>Nothing would be exported: no document has a chosen status ({statuses}) and matches the other choices.</source>
        <translation>Sẽ không xuất gì: không có tài liệu nào có trạng thái đã chọn ({statuses}) và khớp với các lựa chọn khác.</translation>
    </message>
    <message>
        <source>The status of {others} of {documents} is not ticked (new or in progress): tick it under Status to export those too.</source>
        <translation>Trạng thái của {others} trong {documents} chưa được đánh dấu (mới hoặc đang làm): đánh dấu trạng thái đó ở mục Trạng thái để xuất cả những tài liệu ấy.</translation>
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
        <source>Any confidence</source>
        <translation>Mọi độ tin cậy</translation>
    </message>
    <message>
        <source>Confidence under {percent}%</source>
        <translation>Độ tin cậy dưới {percent}%</translation>
    </message>
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
        <source>Confidence {percent}% or more</source>
        <translation>Độ tin cậy từ {percent}% trở lên</translation>
    </message>
    <message>
        <source>Only suggestions their suggester was less sure of, or as sure as this or more (by hand: none)</source>
        <translation>Chỉ những gợi ý mà bộ gợi ý kém chắc chắn hơn mức này, hoặc chắc chắn bằng hay hơn mức này (chú thích làm tay: không có)</translation>
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
        <source>Previous match (Shift+Enter)</source>
        <translation>Kết quả trước (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Kết quả tiếp theo (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Đóng (Esc)</translation>
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
    <name>HeldBackDialog</name>
    <message>
        <source>Held back by the project&apos;s memory</source>
        <translation>Những gì bộ nhớ của dự án bỏ qua</translation>
    </message>
    <message>
        <source>&amp;Suggest it again</source>
        <translation>&amp;Gợi ý lại</translation>
    </message>
    <message>
        <source>The rejections of the selected rows stop counting: the next suggest run proposes them again, until they are rejected twice more. Ctrl+Z takes it back.</source>
        <translation>Các lần từ chối của những hàng đã chọn thôi không được tính: lần gợi ý tới sẽ đề xuất lại chúng, cho đến khi chúng bị từ chối thêm hai lần. Ctrl+Z hoàn tác việc này.</translation>
    </message>
    <message>
        <source>Surface / place</source>
        <translation>Chuỗi chữ / vị trí</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Nhãn</translation>
    </message>
    <message>
        <source>Rejections</source>
        <translation>Số lần từ chối</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Latest suggest run</source>
        <translation>Lần gợi ý gần nhất</translation>
    </message>
    <message>
        <source>Reading what the memory holds back…</source>
        <translation>Đang đọc những gì bộ nhớ bỏ qua…</translation>
    </message>
    <message>
        <source>held back %1</source>
        <translation>bỏ qua %1</translation>
    </message>
    <message>
        <source>withdrew %1</source>
        <translation>rút lại %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>The project&apos;s memory holds nothing back.</source>
        <translation>Bộ nhớ của dự án không bỏ qua gì.</translation>
    </message>
    <message numerus="yes">
        <source>The project&apos;s memory holds back %Ln surface(s), each rejected at least twice with its label and never accepted with it, in every later document.</source>
        <translation>
            <numerusform>Bộ nhớ của dự án đang bỏ qua %Ln chuỗi chữ trong mọi tài liệu sau: mỗi chuỗi đã bị từ chối ít nhất hai lần với nhãn của nó và chưa lần nào được chấp nhận với nhãn đó.</numerusform>
        </translation>
    </message>
    <message>
        <source>No suggest run of this window yet: its column is empty.</source>
        <translation>Cửa sổ này chưa chạy gợi ý lần nào: cột đó còn trống.</translation>
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
        <source>Label %Ln occurrence(s)</source>
        <translation>
            <numerusform>Gán nhãn %Ln lần xuất hiện</numerusform>
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
        <source>%Ln occurrence(s) will be labelled</source>
        <translation>
            <numerusform>%Ln lần xuất hiện sẽ được gán nhãn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln document(s).</source>
        <translation>
            <numerusform>trong %Ln tài liệu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No occurrence can be labelled %1.</source>
        <translation>Không lần xuất hiện nào gán nhãn %1 được.</translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln already labelled %1.</source>
        <translation>
            <numerusform>Bỏ qua: %Ln đã có nhãn %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln rejected before as %1.</source>
        <translation>
            <numerusform>Bỏ qua: %Ln đã bị từ chối trước đây với nhãn %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln overlapping another %1 span.</source>
        <translation>
            <numerusform>Bỏ qua: %Ln chồng lấn một chú thích %1 khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln inside or across another annotation.</source>
        <translation>
            <numerusform>Bỏ qua: %Ln nằm trong hoặc vắt qua chú thích khác.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left alone: %Ln would cut a syllable.</source>
        <translation>
            <numerusform>Bỏ qua: %Ln sẽ cắt đôi một âm tiết.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new document(s) will be in progress, as after an edit.</source>
        <translation>
            <numerusform>%Ln tài liệu mới sẽ chuyển sang đang làm, như sau một lần sửa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not looked in: %Ln document(s) whose stored text is damaged: </source>
        <translation>
            <numerusform>Không tìm trong: %Ln tài liệu có văn bản lưu bị hỏng: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not looked in: %Ln document(s) still being indexed for search; label again once indexing is done.</source>
        <translation>
            <numerusform>Chưa xét: %Ln tài liệu đang được lập chỉ mục tìm kiếm; hãy gán nhãn lại khi lập chỉ mục xong.</numerusform>
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
        <translation>Thông tin tài liệu</translation>
    </message>
    <message>
        <source>No document is open. Choose one in the document list, or add articles with File ▸ Import files… or Import folder…</source>
        <translation>Chưa mở tài liệu nào. Chọn một tài liệu trong danh sách, hoặc thêm bài báo bằng Tệp ▸ Nhập tệp… hoặc Nhập thư mục…</translation>
    </message>
    <message>
        <source>Open document</source>
        <translation>Mở tài liệu</translation>
    </message>
    <message>
        <source>Updated with changes made in another window</source>
        <translation>Đã cập nhật thay đổi từ cửa sổ khác</translation>
    </message>
</context>
<context>
    <name>MessageLogDialog</name>
    <message>
        <source>Recent messages</source>
        <translation>Thông báo gần đây</translation>
    </message>
    <message>
        <source>No message yet.</source>
        <translation>Chưa có thông báo nào.</translation>
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
    <name>ProjectLifecycleMixin</name>
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
        <source>{name} (read-only)</source>
        <translation>{name} (chỉ đọc)</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Kiểu tệp:</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Lùi lại</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Xem chi tiết</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang xem dạng danh sách</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang xem chi tiết</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Đi tiếp</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Lên thư mục cha</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách nơi chốn và dấu trang</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
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
    <name>RefusalNotice</name>
    <message>
        <source>Close this message</source>
        <translation>Đóng thông báo này</translation>
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
    <message numerus="yes">
        <source>%Ln name(s): choose one to see its posts and mentions.</source>
        <translation>
            <numerusform>%Ln tên: chọn một tên để xem các chức vụ và các lần nhắc đến.</numerusform>
        </translation>
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
        <source>%Ln post(s)</source>
        <translation>
            <numerusform>%Ln chức vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln mention(s)</source>
        <translation>
            <numerusform>, %Ln lần nhắc</numerusform>
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
        <source>To confirm (%Ln)</source>
        <translation>
            <numerusform>Cần xác nhận (%Ln)</numerusform>
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
    <message>
        <source>Layer</source>
        <translation>Lớp</translation>
    </message>
</context>
<context>
    <name>RemoveLabelDialog</name>
    <message>
        <source>Remove label {name}</source>
        <translation>Gỡ nhãn {name}</translation>
    </message>
    <message>
        <source>Delete its {annotations}</source>
        <translation>Xóa {annotations} của nhãn</translation>
    </message>
    <message>
        <source>The label {name} is used by {annotations}.</source>
        <translation>Nhãn {name} đang được {annotations} dùng.</translation>
    </message>
    <message>
        <source>Relabel them to:</source>
        <translation>Đổi nhãn chúng thành:</translation>
    </message>
</context>
<context>
    <name>ReportNotice</name>
    <message>
        <source>Close this report</source>
        <translation>Đóng báo cáo này</translation>
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
    <message numerus="yes">
        <source>Accepted {count} {label} “{surface}” in %Ln document(s)</source>
        <translation>
            <numerusform>Đã chấp nhận {count} {label} “{surface}” trong %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejected {count} {label} “{surface}” in %Ln document(s)</source>
        <translation>
            <numerusform>Đã từ chối {count} {label} “{surface}” trong %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %Ln listed suggestion(s)</source>
        <translation>
            <numerusform>Đã chấp nhận %Ln gợi ý đang liệt kê</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected {spans} and {relations} from {who}</source>
        <translation>Đã từ chối {spans} và {relations} của {who}</translation>
    </message>
    <message numerus="yes">
        <source>{text}, and rejected %Ln relation(s) with it</source>
        <translation>
            <numerusform>{text}, và từ chối kèm theo %Ln quan hệ</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing from this suggester is pending</source>
        <translation>Nguồn gợi ý này không còn gợi ý chờ duyệt</translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>That was this document&apos;s last suggestion: back to its first undecided one</source>
        <translation>Đó là gợi ý cuối cùng của tài liệu này: quay lại gợi ý đầu tiên chưa được quyết định</translation>
    </message>
    <message>
        <source>This document has no more suggestions after this one ({count} in all): Space again goes to the next document</source>
        <translation>Tài liệu này không còn gợi ý nào sau gợi ý này (tổng cộng {count}): nhấn Space lần nữa để sang tài liệu tiếp</translation>
    </message>
    <message>
        <source>None after this one ({count} here), none in other documents: Space again goes back to the first</source>
        <translation>Hết gợi ý sau gợi ý này ({count} ở đây), tài liệu khác không có: nhấn Space lần nữa để về gợi ý đầu</translation>
    </message>
    <message>
        <source>This document has no more suggestions before this one ({count} in all): Shift+Space again goes to the previous document</source>
        <translation>Tài liệu này không còn gợi ý nào trước gợi ý này (tổng cộng {count}): nhấn Shift+Space lần nữa để về tài liệu trước</translation>
    </message>
    <message>
        <source>None before this one ({count} here), none in other documents: Shift+Space again goes back to the last</source>
        <translation>Hết gợi ý trước gợi ý này ({count} ở đây), tài liệu khác không có: nhấn Shift+Space lần nữa để về gợi ý cuối</translation>
    </message>
    <message>
        <source>No more suggestions further on: back to this document&apos;s first</source>
        <translation>Không còn gợi ý phía sau: quay về gợi ý đầu tiên của tài liệu</translation>
    </message>
    <message>
        <source>No more suggestions further on: back to the first document with suggestions</source>
        <translation>Không còn gợi ý phía sau: quay về tài liệu đầu tiên còn gợi ý</translation>
    </message>
    <message>
        <source>No more suggestions before this: on to the last document with suggestions</source>
        <translation>Không còn gợi ý phía trước: chuyển tới tài liệu cuối cùng còn gợi ý</translation>
    </message>
    <message>
        <source>No more suggestions in unfinished documents</source>
        <translation>Không còn gợi ý trong các tài liệu chưa xong</translation>
    </message>
    <message numerus="yes">
        <source>%Ln suggestion(s) here</source>
        <translation>
            <numerusform>%Ln gợi ý ở đây</numerusform>
        </translation>
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
        <source>Searching… %Ln hit(s) so far</source>
        <translation>
            <numerusform>Đang tìm… đã có %Ln kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hit(s)</source>
        <translation>
            <numerusform>%Ln kết quả</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %Ln document(s)</source>
        <translation>
            <numerusform> trong %Ln tài liệu</numerusform>
        </translation>
    </message>
    <message>
        <source>; only the first %1 are listed: narrow the search</source>
        <translation>; chỉ liệt kê %1 kết quả đầu: hãy thu hẹp tìm kiếm</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln match(es) inside a syllable left out</source>
        <translation>
            <numerusform>; bỏ %Ln kết quả nằm giữa một âm tiết</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln document(s) not searched, their text is damaged (delete them or restore a backup): </source>
        <translation>
            <numerusform>; không tìm trong %Ln tài liệu vì văn bản bị hỏng (hãy xóa tài liệu hỏng hoặc khôi phục bản sao lưu): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; results may miss %Ln document(s) still being indexed for search</source>
        <translation>
            <numerusform>; kết quả có thể thiếu %Ln tài liệu đang được lập chỉ mục tìm kiếm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln document(s) with a damaged text cannot be found</source>
        <translation>
            <numerusform>; không tìm được %Ln tài liệu có văn bản bị hỏng</numerusform>
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
        <source>Wrote %Ln file(s) to </source>
        <translation>
            <numerusform>Đã ghi %Ln tệp vào </numerusform>
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
        <source>Whose annotations the text and the lists show: all layers, yours, another annotator&apos;s (read-only) or the curated one</source>
        <translation>Chú thích của ai được hiện trong văn bản và các danh sách: mọi lớp, lớp của bạn, lớp của người chú thích khác (chỉ đọc) hoặc lớp hiệu đính</translation>
    </message>
    <message>
        <source>Your edits in this project are now signed {name}.</source>
        <translation>Từ giờ các chỉnh sửa của bạn trong dự án này được ký tên {name}.</translation>
    </message>
    <message>
        <source>no project open</source>
        <translation>chưa mở dự án</translation>
    </message>
    <message>
        <source>Open a project to choose whose annotations it shows.</source>
        <translation>Hãy mở một dự án để chọn lớp chú thích được hiện.</translation>
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
        <source>{n} of {packages} merged.</source>
        <translation>Đã gộp {n}/{packages}.</translation>
    </message>
    <message>
        <source>{name} is an older copy of {annotator}&apos;s package: last edited {edited}, while the copy merged on {merged} was last edited {before}. Merge it all the same, putting {annotator}&apos;s earlier work back over their later work?</source>
        <translation>{name} là một bản sao cũ hơn của gói của {annotator}: sửa lần cuối lúc {edited}, còn bản sao đã gộp lúc {merged} được sửa lần cuối lúc {before}. Vẫn gộp nó, đưa công việc trước đây của {annotator} đè lên công việc sau này của họ?</translation>
    </message>
    <message>
        <source>Older copy of a package</source>
        <translation>Bản sao cũ hơn của một gói</translation>
    </message>
    <message>
        <source>{documents} changed status (the details say which and why).</source>
        <translation>{documents} đã đổi trạng thái (phần chi tiết cho biết tài liệu nào và vì sao).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them were done or reviewed and no longer are, so the default export (done and reviewed) leaves them out.</source>
        <translation>
            <numerusform>Trong đó %Ln tài liệu trước đây đã xong hoặc đã duyệt nhưng nay không còn, nên lần xuất mặc định (đã xong và đã duyệt) sẽ bỏ qua số tài liệu này.</numerusform>
        </translation>
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
