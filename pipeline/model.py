"""Data classes that travel between the pipeline's steps.

The way data flows is the layout: read -> normalize -> structure -> segment -> extract ->
summarize / embed -> store / index -> search / audit. Every step receives and returns these
frozen objects; every extracted thing carries ``start``/``end`` into ``Document.text`` (the
normalised text), and ``Document.offsets`` maps those back to the source text (page, line).
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

# Stored with every document: a stored file whose version differs is analysed again on the next
# ingest. Bump it whenever reading, normalisation or extraction output changes.
PIPELINE_VERSION = "0.2.54"   # 0.2.54: stop 65 (a kind of body named by what it does acts at its act with no modal "Cơ quan tiếp nhận hồ sơ thực hiện ..."; an article's long title over numbered clauses, cut by its heading's length, a title; a body's paragraph "Căn cứ chức năng quản lý, ..., phối hợp ..." its duty; a list of the money's sources "Nguồn vốn ..., bao gồm:" no tasks; "Giao X là cơ quan ..., tham mưu ..." assigns X; conditions under a part's title "I. Điều kiện đối với ..." ask nothing; a form's one-sentence question and its "Dành cho ..." note no duties; "nhận kết quả" an act; a cutting resolution's short name "(sau đây gọi là Nghị định số ...)" takes the act on the document it names; a demand "Yêu cầu X ..." under a body's heading the body's act; a rate entry "...: 50.000 đồng/người/buổi." no duty; "0,6 (không phẩy sáu) lần" keeps its unit; "2000 công nhân" a count); 0.2.53: stop 64 (a duty article's items done by the body its first clause names "1. Quỹ có nhiệm vụ ..."; a passive verb before a condition's comma names no agent, so the party after it is the subject; an adverb ends a party's name "người có thẩm quyền vẫn ra ..."; a list of sectors "Giao thông vận tải;", the forms and aims a fund's finance lists, a council working part-time and "Tổ chức và hoạt động của ..." no duties; "cho vay" a verb; deputies "Phó Giám đốc" as bodies; "gồm có:" lists bodies; "nhận ủy thác" in a party's name; an amount in words after its figure restates it; "lần lượt" no unit; a party after a short member of the opening list "..., E-TBMT, bên mời thầu phải ..."; "khi", "sau khi", "đồng thời", "trân trọng" end a name; "tư vấn cho" acts; a crawled page's short first lines join the next line when its next word did not fit, and the clause-title rule holds for text layers only); 0.2.52: stop 63 (a numbered clause's short title line kept apart from its text in a wrapped page; parties listed after a head that reads as a verb "Tổ chức niêm yết, công ty đại chúng ... phải"; a named party acting by its basis "Chấp hành viên căn cứ vào ..." or selling "bán tài sản"; a body's whole name on a list of bodies; a feature catalogue under "Mục 3 / DANH MỤC ...", a code table "Mã / Tên ..." and a procedure's name after its code "1.013376" no duties; "IV.1. Quy hoạch ..." sub-titles and "Về sơ đồ ..., thể hiện ..." map contents no duties; a papers-replacing resolution's table amends the documents that set the papers; "cơ quan, tổ chức phải thi hành án" no modal; a convention named by its owner "Công ước của Liên hợp quốc về ... năm 1968"); 0.2.51: stop 62 (a body's oversight of another's listed activities names no duties; "Chịu sự kiểm tra, giám sát" a listed duty; "Cột 9: giải thích rõ ..." a column note; a procedure's steps table keeps each step's cell whole; a list of forms "...: Mẫu số 07;" names papers; a cutting resolution's "Việc ... quy định tại ... thuộc thẩm quyền của ..." amends; a form's code after "mẫu số" no citation; English dates "November 16, 2020"; enforcement acts end a party's name; tax offices named by what they manage; a note numbered "(2):"); 0.2.50: stop 61 (an applicant described at length then its filing "Tổ chức có nhu cầu ... gửi hồ sơ"; a procedure-cutting resolution's annex headings repeal or amend the provisions they locate, its closing tables only name them; a decree reached by a proposing cue is no proposal; a Government's or a council's resolution in articles read as a decree; a bare duty title's body from the article before; column notes "Cột (1) ghi ..."; six-word cells opening with a party no duty; a legal clause's party its first sentence's); 0.2.49: stop 60 (a form's label of a few words with no closing mark no duty; "chỉ" after a case or a topic and a lower-case verb after its colon what to do; the party a unit opens with before a chapter title's body; "mắc phải", "góc bên phải" no modal; "doanh nghiệp nộp ..." a subject and its verb, no name; "Hằng năm, báo cáo Bộ X về ..." the body reported to; "được <body> giao" an assignee; "về xây dựng" a field; a long "Trách nhiệm của <party> ..." title; two amending laws on a basis line; "Căn cứ Luật ... năm 2000"); 0.2.48: stop 59 (a case or topic then what to do, "Đối với X: Thực hiện ..."; receivables and payables "Phải thu khác" no duties; a form's bracketed prompts and tick options; a duty leading into its cases; market parties "nhà cung cấp", "bên triển khai"; a party's light verb no name; a bare "BỘ TRƯỞNG" after "./." a signature; a form's "Nơi nhận" no recipients of the document); 0.2.47: stop 58 (a party named by its task; a form's notes on who signs or makes it; column notes with no colon; a report's yearless period; offence articles); 0.2.46: stop 57 (a case's party acts where its rule after "thì" names none; a long title ending "có trách nhiệm" over clauses; a lead-in naming its title's body more closely; "thực hiện nhiệm vụ, quyền hạn theo ... và các nhiệm vụ ... sau đây:"; a modal no part of a document's term; "Chánh Văn phòng Bộ: Giúp ..., gồm:" duties; report form headers, form captions "(Dành cho ...)", "V/v ...", a form's title under "Mẫu số 01" and a council's seats no duties; "Giải quyết ..." articles procedures, steps after a time limit; yearless deadlines "20/6 năm N"); 0.2.45: stop 56 (a party and "không được" before what it may not do is bound; offence and sanction lists and an article listing forms "... thực hiện theo Mẫu số 03." no duties; the scope after a body's name "trong hoạt động ...", "theo chức năng ..." no part of it; a job description's relations cells and an examination's subjects no duties; a relation cue reaches its document across the provisions it names); 0.2.44: stop 55 (a case and what to write in it, "Trường hợp ... thì ghi ...", an instruction; a form's numbered notes under their own "Ghi chú:"; a gazette table header over no task row holds only itself; the party of a long duty lead-in "Thư ký ... không kiêm nhiệm ..., trực tiếp giúp ..."; a chapter titled by a verb "TỔ CHỨC HOẠT ĐỘNG ĐÀO TẠO" no actor; "Chủ đầu tư, Bên mời thầu" named whole; "CHƯƠNG TRÌNH BỒI DƯỠNG" a course's programme; treaties "Hiệp định ... ngày ..." cited by name); 0.2.43: stop 54 (a gazette task table's rows numbered one blank before their content; a bracket at a line's start in a full line's sentence; the rules after "... thực hiện theo quy định sau:" in an annex; a form's footnotes under its signature, forms from the first annex on; a field's blank among a few words; papers "gửi kèm"; "có quyền tự chủ và có trách nhiệm giải trình" a standing; "Không thực hiện thủ tục ... quy định tại" repeals); 0.2.42: stop 53 (a form's blank fields "Đánh giá ...: …" and place-date line ask nothing; its footnotes take no heading's actor; form codes "Mẫu I.6"; "Trường hợp X là Y, X ..." a case, no definition; "tự" an adverb; "Mời", "Tham khảo"; "bao gồm các nội dung:" contents; "Cấm tham gia ..." a sanction; a page number printed twice under a Công báo header; "1800 x 1800 (mm)", "ANSI Lumens", HP, cc; range and size figures no years; "01/01/2026-31/12/2026"; "31/12 năm báo cáo"); 0.2.41: stop 52 (bodies of the criminal-judgment system "Trại giam", "cơ sở giam giữ phạm nhân"; a body named by its competence with the verb and object that say which; a wrapped lead by which a body carries out a law's duties; the purposes of a framework; a course's programme titled on its annex head's line; "35/2013/TT-LĐTBXH" a ministry's code without its "B"; indicator codes "01310009 Triệu đồng"; glued years "20262027"); 0.2.40: stop 51 (a task table's lines under a spanning lead cell, its "- " tasks, group rows; procedure annexes naming a list; scoring tables; a heading cut inside a name; "Cảng vụ", "giải đáp", "chỉ được", "Hàng ngày,"; "07 hoặc 09 thành viên"; "19 tháng Tám năm 1945"; "trước 30/9 hằng năm"); 0.2.39: stop 50 ("bên phải" a side, not a duty; "nhận được" no passive; a verb-first case and its sum after "thì"; "vợ sinh con phải phẫu thuật" a relative clause; "Thảo luận"; a step's title joined to its body's party; a consolidated text's quoted enacting sentences amend; amenders listed with a repeated "theo"; a row's number before a place's name); 0.2.38: stop 49 (a body's standing "chịu sự quản lý", "tự chủ, tự chịu trách nhiệm"; a relative clause's only modal "thuộc đối tượng phải"; items under "Chỉ đạo X:" are X's; a kind of body described before its modal; a duty lead-in is no scope; a table of procedures assigns no task; a number cut after its hyphen; a form's notes in a list of procedures; "(5 ÷ 10) phút", "110oC"); 0.2.37: stop 48 (a task table ends at the next table's header; the document that gave each task of a table; a duty title's body before "được quy định"; a title naming its body by whom it belongs to; "Quý III năm 2020," opening an item; a point's letter with a glued footnote mark; a footnote's "30 Điểm này" no score; a course programme's "thời lượng"; a report form's outline; a post's standard "phải có trình độ"; "Đề án 06" no citation; "Thay thế:" a part; "thành phố" counted); 0.2.36: stop 47 (bodies named by a head that reads as a verb, "tổ chức kiểm định", learnt from the document; a statistical indicator's fields; criteria lead-ins; a modal after "không bắt buộc"; a form's fill notes, basis lines, applicant and list of titles; the closing request after the last clause; word strikes; a circular's forms index; forms' preambles' acts; a gazette header's stray digit; a formula's factor; the next row's number); 0.2.35: stop 46 (parties of a loan and a tender, another province no body, a duty title's topic, form notes under several marks, "c.1)" sub-items, bracketed footnote marks, payable rent, conventions by name and year, a list's next law number, forms' blank headers, laws an amending title lists, a footnote's call closing a clause, month and year cells, BTU); 0.2.34: stop 45 (a time limit between a party and its act, bodies named by their competence, bodies whose names open with "Tổ chức", "chỉ được" after a party, foreign currencies, bracketed sizes, a per-item rate wrapped in its cell); 0.2.33: stop 44 (the party a directive found by its context opens with, the party an article's opening sentence binds to the steps below it, a unit in brackets after a worked result); 0.2.32: stop 43 (a table row's number alone on its line over the name in its next cell, figures after their unit, grading scales, shares of a load, lists of a paper's contents, parties of a trade, duties that lead into papers, after-cues of long lists, shorthands ending a sentence); 0.2.31: stop 42 after sample 51 (a gazette issue that carries on a document, NUL bytes of lost check boxes, journal entries and report lines of an accounting regime, the body a heading names after "tại", lists of forms that end at the first form, lead-ins that are the act, "thì" ending a condition's name, words restated by their figure in brackets, account codes); 0.2.30: stop 41 after sample 50 (web links in a list of documents, a table of documents' titles, criteria articles, a programme's shares to reach); 0.2.29: stop 41 after sample 49 (gazette tables with bare group numerals and "2.1 ..." sub-rows, an item before the annex, form coding lines, papers named inline or "do ... lập", lower-case short names, kinds of bodies "quản lý ...", scopes after names, plans issued here implement, references cut by the line in repeal lists); 0.2.28: stop 41 after sample 48 (norm annexes titled in sentence case, no actor inherited across "PHỤ LỤC", fill-in notes naming a typeface, a repealed list number skipped, parties after a verbal head, "nơi ..." in names, glued footnote marks, acts over their cases); 0.2.27: stop 40 after sample 47 (a simplification plan's benefits and procedure names, scoring annexes); 0.2.26: stop 40 (submission titles over drafts, duty verbs under a body's duties, citizens as parties, kinds of spending, procedures named, decimals by habit, "một (01)", "mỗi tháng 8 kg", indicator codes, "năm1966", "Cách mạng Tháng 8"); 0.2.25: stop 39 (a form's fields and rows, a document's party names keep neither "chỉ" nor their clauses' verbs, names written after "của", duty articles of the body a regulation names, staff titles, business households, recipients after "./."); 0.2.24: stop 38 (investors and land users as parties, a part's lead-in broken by the page, gazette task tables' group rows and justified lead cells, purposes and "Không cần", benefit rates, wrapped duty titles, a document's own party names after an intro, short names the text defines, what a rule applies to, cases' own modals); 0.2.23: stop 37 (a bullet that only names a body titles its "+" tasks, "Trung ương Mặt trận/Đoàn/Hội" as bodies, acronyms as bodies, "b1)" points, quoted article titles in wrapped pages, catalogue titles cut after "DANH", form fill-in notes, monthly times and "Chậm nhất" before a subject); 0.2.22: stop 36 sample-34 to 36 classes (guided texts "Hướng dẫn ... tại", legal professions as parties, decimals after a zero, µm, labels alone after a blank line, items glued to a sentence, VBHN footnote marks on clause numbers, titles named again, relative months, "thi hành án" in names); 0.2.21: stop 35 sample-32 classes (a body before its colon, "Trạm", "quy định" after a name, "đăng tải", counts in statistics rows); 0.2.20: stop 34 (parties of trade, a header block displaced by a gazette's text layer, priced services' annexes, fine rows, forms' own preambles, measures after "tuyến", "áp dụng" after a name); 0.2.19: stop 33 sample-27 to 29 classes (lists of bodies and numbers cut by the line, Cyrillic look-alikes in codes, "ngày ban hành", counted amended laws, a body acting "căn cứ quy định"); 0.2.18: stop 32 (mid-story news pages, standards codes, award criteria, "Tổ chức" as a party); 0.2.17: stop 31 sample-22 classes (norms annexes, step labels, glued ml, counts in brackets); 0.2.16: short names as subjects, VBHN titles and effective date
                            # 0.2.13: sample 16 classes (table-cell numbers, drafts' titles, quoted words, amending list items, inline lists)
                            # 0.2.10: relation, directive and actor classes of samples 10 and 11 (stored documents re-analysed on the next ingest)
                            # 0.2.4: relation and pinpoint of each citation, effective date; PDF scans by page
                            # 0.2.3: page markers ("===== Trang N =====") dropped; glued units, more counts
                            # 0.2.2: directives of untyped texts that set tasks, paragraphs under topics
                            # 0.2.1: list items "(1)", "a)" share their parent's passages
                            # 0.2.0: compound amounts ("1 tỷ 500 triệu đồng") are one quantity


# --- reading -------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Block:
    """A structural hint the reader found in the source (a DOCX heading, a Markdown ``###``,
    a table row, a list item). Offsets index into ``RawDocument.text``."""
    kind: str  # "heading" | "paragraph" | "list_item" | "table_row"
    start: int
    end: int
    level: int = 0


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A file as read: decoded text before normalisation, with page starts for PDFs."""
    path: str
    format: str  # "txt" | "md" | "docx" | "pdf"
    text: str
    sha256: str
    encoding: str | None = None  # "utf-8", "utf-16", "tcvn3", "vni", "cp1258", ...
    pages: tuple[int, ...] = ()  # offset in ``text`` where page i+1 starts (PDF only)
    blocks: tuple[Block, ...] = ()
    ocr: bool = False


# --- normalisation -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise-linear map from normalised offsets to source offsets.

    Position ``p`` maps to ``src_starts[i] + (p - norm_starts[i])`` where ``i`` is the last
    anchor with ``norm_starts[i] <= p``. Each normalisation edit adds an anchor.
    """
    norm_starts: tuple[int, ...] = (0,)
    src_starts: tuple[int, ...] = (0,)

    def to_source(self, pos: int) -> int:
        i = bisect_right(self.norm_starts, pos) - 1
        if i < 0:
            return pos
        return self.src_starts[i] + (pos - self.norm_starts[i])


@dataclass(frozen=True, slots=True)
class SourcePosition:
    """Where a normalised offset lies in the original: source offset, page (PDF), line (1-based)."""
    offset: int
    page: int | None
    line: int


# --- structure and segmentation ------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Metadata:
    """Header metadata of a document. ``inferred`` names the fields guessed from the body."""
    doc_type: str | None = None        # "Báo cáo", "Nghị quyết", "Quyết định", ...
    issuer: str | None = None          # "Huyện ủy Bảo Lâm"
    parent_issuer: str | None = None   # "Đảng bộ tỉnh Lâm Đồng"
    number: str | None = None          # canonical own number "123-BC/HU", "08/2014/NĐ-CP"
    date: str | None = None            # ISO "2022-03-25"
    place: str | None = None           # "Bảo Lâm"
    title: str | None = None
    signer: str | None = None          # "K' Linh"
    signer_title: str | None = None    # "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"
    recipients: tuple[str, ...] = ()
    inferred: tuple[str, ...] = ()     # e.g. ("issuer", "year")
    year: int | None = None
    effective_date: str | None = None  # ISO, from "có hiệu lực (thi hành) từ ngày ..." (set by extract.relations)


@dataclass(frozen=True, slots=True)
class Section:
    """A node of the section tree. ``id`` is the numbering path ("II.3", "V.2.a", "Điều 5")."""
    id: str
    heading: str
    level: int                 # 1 = top
    start: int                 # start of the heading line
    end: int                   # end of the section's body (exclusive)
    heading_end: int           # end of the heading text
    kind: str                  # "roman" | "arabic" | "letter" | "subletter" | "chapter" | "article" | "heading"
    #                            also "part" (Phần), "block" (A.), "subchapter" (Mục), "paren" ((1)),
    #                            "bullet" (-, +, •), "attachment" (a Quy định issued with a decision)
    label: str                 # "II", "3", "a", "5"
    parent: str | None = None
    role: str | None = None    # set by extract.roles


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    section: str | None = None
    tokens: tuple[Token, ...] = ()
    role: str | None = None    # set by extract.roles


# --- extraction ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class DateMention:
    """"ngày 01/11/2012" -> value "2012-11-01", precision "day"."""
    text: str
    start: int
    end: int
    value: str                 # "YYYY-MM-DD" | "YYYY-MM" | "YYYY" | "YYYY-Qn" | "--MM-DD"
    precision: str             # "day" | "month" | "year" | "quarter" | "monthday"
    valid: bool = True
    range_id: int | None = None


# What a citing document does to the document it cites, as its text states at the mention.
RELATIONS = ("basis", "implements", "reports_on", "guides", "amends", "replaces", "repeals",
             "proposes", "mentions")


@dataclass(frozen=True, slots=True)
class Pinpoint:
    """The part of a cited document a citation points into: "điểm a khoản 2 Điều 5 Nghị định
    số 72/2020/NĐ-CP" -> article "5", clause "2", point "a" (as written; None where absent)."""
    article: str | None = None
    clause: str | None = None
    point: str | None = None


@dataclass(frozen=True, slots=True)
class Citation:
    """A cited document: "Nghị quyết số 20-NQ/TW, ngày 01/11/2012 của Ban Chấp hành ..."."""
    text: str
    start: int
    end: int
    type: str | None           # "Nghị quyết"
    type_code: str | None      # "NQ"
    number: str | None         # canonical "20-NQ/TW"; None for a citation by name
    number_text: str | None    # as written "20-NQTW"
    issuer_code: str | None    # "TW"
    date: str | None           # ISO
    date_valid: bool = True
    issuing_body: str | None = None
    term: str | None = None    # "khóa XI"
    title: str | None = None
    short: bool = False        # "Nghị quyết 20", "Nghị quyết nêu trên"
    resolved_to: int | None = None  # index of the full citation in Document.citations
    relation: str = "mentions"  # one of RELATIONS (set by extract.relations)
    pinpoint: Pinpoint | None = None


@dataclass(frozen=True, slots=True)
class Quantity:
    """"trên 500 lớp tập huấn" -> value 500, qualifier "trên", unit "lớp tập huấn"."""
    text: str
    start: int
    end: int
    value: float
    value_max: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    ambiguous: bool = False
    kind: str | None = None    # "count" | "percent" | "money" | "duration" | "age" | "fraction"


@dataclass(frozen=True, slots=True)
class Directive:
    text: str
    start: int
    end: int
    section: str | None
    role: str                  # "task" | "target" | "instruction" | "obligation"
    status: str                # "open" | "done"
    actor: str | None = None
    action: str | None = None
    object: str | None = None
    deadline: str | None = None


# --- the document --------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Document:
    """One analysed document. Each step returns a copy with its fields filled
    (``dataclasses.replace``); ``text`` never changes after normalisation."""
    path: str
    sha256: str
    format: str
    text: str
    source_text: str
    offsets: OffsetMap = field(default_factory=OffsetMap)
    pages: tuple[int, ...] = ()         # page starts in source_text (PDF)
    blocks: tuple[Block, ...] = ()      # reader hints, offsets mapped into ``text``
    metadata: Metadata = field(default_factory=Metadata)
    sections: tuple[Section, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    citations: tuple[Citation, ...] = ()
    dates: tuple[DateMention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    directives: tuple[Directive, ...] = ()
    ocr: bool = False

    def source_position(self, pos: int) -> SourcePosition:
        """Map a normalised offset to (source offset, page, line) in the original."""
        src = self.offsets.to_source(pos)
        page = bisect_right(self.pages, src) if self.pages else None
        line = self.source_text.count("\n", 0, src) + 1
        return SourcePosition(src, page, line)


# --- indexing ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Passage:
    """A section-aware chunk for retrieval."""
    doc_path: str
    section: str | None
    heading_path: str          # "III. Kết quả > 3. Triển khai ..."
    start: int
    end: int
    text: str
    year: int | None = None
    issuer: str | None = None
    doc_type: str | None = None
    role: str | None = None
    hash: str = ""             # sha1 of encoder input, the embedding-cache key
    context: str = ""          # the document it comes from, "Quyết định Bãi bỏ ...": read with it


# --- the corpus: registry, audit, graph, lineage ------------------------------------------

STORE_SOURCE = "store:"          # the source of a registry entry that joined from a stored document


@dataclass(frozen=True, slots=True)
class RegistryEntry:
    """A known document. ``relations`` holds ("replaces" | "amends" | "guides", number) pairs."""
    number: str
    type: str | None = None
    issuing_body: str | None = None
    date: str | None = None            # ISO "2012-11-01"
    title: str | None = None
    term: str | None = None            # "khóa XI"
    source: str = ""
    relations: tuple[tuple[str, str], ...] = ()
    effective_date: str | None = None  # ISO; when it took effect (its own "có hiệu lực" clause)

    @property
    def from_store(self) -> bool:
        """True for an entry that joined from a document's own header in the store."""
        return self.source.startswith(STORE_SOURCE)


@dataclass(frozen=True, slots=True)
class CitingDocument:
    """What the audit, the graph and the lineage need of a document: its own number and date,
    and its citations."""
    path: str
    number: str | None
    date: str | None
    year: int | None
    citations: tuple[Citation, ...]
    text: str = ""
    type: str | None = None
    title: str | None = None
    issuer: str | None = None
    effective_date: str | None = None
    articles: frozenset[str] = frozenset()   # labels of its articles ("1", "5a"): "Điều N" sections
    id: int | None = None                    # its id in the store (None: analysed in memory)
