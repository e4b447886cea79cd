"""The list-label grammar: the numbering mark a line or a paragraph opens with ("Phần I",
"Chương II", "Mục 1", "Điều 5.", "A.", "IV.", "2.1.", "(3)", "b)", "-", "+").

One grammar: the atoms a label is made of (bullet marks, Arabic and dotted numbers, letters,
Roman numerals, the legal heads) are defined once below; ``list_label(line)`` reads a mark with
its kind and label (the section tree nests by it), and the forms other steps look for are
composed from the same atoms, each saying where and why it differs from the others.

>>> list_label("2.1. Về kinh tế").kind, list_label("b) Hạ tầng").label, list_label("IV. NHIỆM VỤ").kind
('arabic', 'b', 'roman')
"""
from __future__ import annotations

import re
from dataclasses import dataclass


# the capital letters of Vietnamese, as a character-class body ("[" + UPPER + "]")
UPPER = "A-ZÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"


# --- the atoms, each defined once ----------------------------------------------------------------

# the marks of a bulleted item in running text: "- ", "+ ", "• ", "* " (markdown), "– "
BULLETS = "-+•*–"
EN_DASH = "–"
EM_DASH = "—"
# the list symbols that Word and PDF exports keep: "● ", "○ ", "▪ ", "► ", "◦ ", "∙ "
SYMBOLS = "●○▪►◦∙"
LETTER = r"[a-zđ]"          # "b)", "đ)": the Vietnamese alphabet's lower-case item letters
ROMAN = r"[IVXLC]"          # one character of a Roman numeral ("IV" is ROMAN + "+")
ROMAN_ITEM = r"[IVX]"       # the same, for item numbers up to 39: "C." and "L." are block letters


def marks(chars: str, also: str = "") -> str:
    """A character class of the given mark characters (and of `also`, a class body such as r"\\s")."""
    return "[" + "".join(re.escape(c) for c in chars) + also + "]"


def arabic(digits: int | None = 3) -> str:
    """An item number of up to `digits` digits (None: any number): "3", "17"."""
    return rf"\d{{1,{digits}}}" if digits else r"\d+"


def dotted(digits: int | None = 3) -> str:
    """A dotted item number, each part up to `digits` digits: "2", "2.1", "1.2.3"."""
    return rf"{arabic(digits)}(?:\.{arabic(digits)})*"


# The legal heads and the number each takes: "Phần I", "Phần thứ hai", "Chương II", "Mục 2",
# "Mục II", "Điều 5", "Điều 5a", "Khoản 2".
PART, CHAPTER, SECTION, ARTICLE, CLAUSE = "Phần", "Chương", "Mục", "Điều", "Khoản"
HEAD_NUMBER = {
    PART: r"thứ\s+\w+|[IVX]+|\d+",
    CHAPTER: r"[IVXLC]+|\d+",
    SECTION: r"\d+|[IVX]+",
    ARTICLE: r"\d+[a-zđ]?",
    CLAUSE: r"\d+",
}


def head(word: str) -> str:
    """A legal head with its number: head(ARTICLE) matches "Điều 5", "Điều 12a"."""
    return rf"{word}\s+(?:{HEAD_NUMBER[word]})"


ROMAN_VALUES = {"I": 1, "V": 5, "X": 10}


def roman_value(s: str) -> int | None:
    """"IV" -> 4; None for what is not a well-formed Roman numeral up to 39."""
    if not s or not re.fullmatch(r"X{0,3}(IX|IV|V?I{0,3})", s):
        return None
    total, prev = 0, 0
    for c in reversed(s):
        v = ROMAN_VALUES[c]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None


LETTERS = "abcdđefghiklmnopqrstuvxy"
# a form note's several marks, joined by commas or closed by a colon, or two before a word: "(1), (6) Tên cơ quan
# ...", "(6) (7): nhà thầu ghi ...", "(7) (8) Đánh dấu X ..."; not a table's row of column numbers "(1) (2) (3) (4)"
# one number with its colon too: a form's note "(2): Ghi rõ mã, số viễn thông ..." (realworld90 861)
_NOTE_MARKS_CORE = (rf"\({arabic()}\)(?:(?:[ \t]*,[ \t]*\({arabic()}\))+[ \t]*:?|(?:[ \t]+\({arabic()}\))+[ \t]*:"
                    rf"|[ \t]+\({arabic()}\)(?=[ \t]+[^\W\d_])|[ \t]*:(?=[ \t]*[^\W\d_]))")
# a line that opens with them, up to the note's first word (structure: the note is an item whatever its number)
NOTE_MARKS_LINE = re.compile(rf"[ \t*_]*{_NOTE_MARKS_CORE}[ \t]*(?=[^\W\d_])")
_SHARE_START = re.compile(r"\d{1,3}(?:[.,]\d+)?\s*%\s+\w")
# a consolidated text's mark of the footnote on an amended clause, between its number and its
# first word ("1. 47 Triển khai áp dụng ...", realworld54 755); a count is zero-padded ("b) 02 Phó Giám đốc")
_NOTE_MARK_START = re.compile(rf"[1-9]\d{{0,2}}[ \t]+[{UPPER}][a-zà-ỹđ]")
# the section tree's bullets: no "*" (markdown emphasis "*Ghi chú:*" opens no item), both dashes
_TREE_BULLETS = marks(BULLETS.replace("*", "") + EM_DASH + SYMBOLS)

# The section tree's grammar, in the order tried. Its heads take any case ("PHẦN I", "Chương II");
# its numbers are short (an item "2.1.3.4" at most, up to 60 checked below), its Roman numerals
# I, V and X only ("C." and "L." are block letters).
_PATTERNS: tuple[tuple[str, re.Pattern], ...] = (
    ("part", re.compile(rf"(?i:{PART})\s+({HEAD_NUMBER[PART]})\s*[.:\-–]?\s*(.*)")),
    ("block", re.compile(r"([A-HK-UWYZĐ])\s*[.)]\s+(\S.*)")),   # "A. ĐÁNH GIÁ ..." above "I."
    ("chapter", re.compile(rf"(?i:{CHAPTER})\s+({HEAD_NUMBER[CHAPTER]})\b\s*[.:\-–]?\s*(.*)")),
    ("subchapter", re.compile(rf"(?i:{SECTION})\s+({HEAD_NUMBER[SECTION]})\b\s*[.:\-–]?\s*(.*)")),
    # "Điều 5. Trách nhiệm ...", and an article with no title alone on its line ("**Điều 2**")
    ("article", re.compile(rf"(?i:{ARTICLE})\s+({HEAD_NUMBER[ARTICLE]})(?:\s*[.:]\s*(.*)|\s*$)")),
    ("roman", re.compile(rf"({ROMAN_ITEM}{{1,6}})(?:\s*[.)\-–:]\s*|\s+)(\S.*)")),
    ("arabic", re.compile(rf"({arabic(2)}(?:\.{arabic(2)}){{0,3}})(?:\s*\.\s*|\s+(?=[" + UPPER + r"]))(\S.*)")),
    ("paren", re.compile(rf"\(?({arabic(2)})\)\s*(\S.*)")),   # "(1)" and "1)": items below "1."
    ("letter", re.compile(rf"({LETTER})\s*([).])(?!\d{{1,2}}\))\s*(\S.*)")),
    ("subletter", re.compile(rf"({LETTER}\.?\d{{1,2}})\)\s*(\S.*)")),   # "b1)", "b2)", "c.1)": items below "b)"
    ("bullet", re.compile(rf"({_TREE_BULLETS})\s*([\w“\"(‘'].*)")),
)

@dataclass(frozen=True, slots=True)
class ListLabel:
    kind: str
    label: str
    rest: str          # text after the number mark
    dotted: bool       # "a." / "I." rather than "a)" / "IV "


def list_label(line: str) -> ListLabel | None:
    """The numbering mark a line starts with, if any (no context checks)."""
    for kind, rx in _PATTERNS:
        m = rx.match(line)
        if not m:
            continue
        if kind == "letter":
            return ListLabel(kind, m.group(1), m.group(3), m.group(2) == ".")
        label, rest = m.group(1), m.group(2) or ""
        if kind == "subletter":
            label = label.replace(".", "")   # "c.1)" is "c1)"
        if kind == "paren" and (more := NOTE_MARKS_LINE.match(line)):
            rest = line[more.end():]   # a form's note under several marks: "(1), (2), (4) Chủ đầu tư ghi ..."
        if kind == "roman" and roman_value(label) is None:
            continue
        if kind == "arabic":
            parts = label.split(".")
            if int(parts[0]) == 0 or int(parts[0]) > 60:
                continue
            if not rest[:1].isalpha() and rest[:1] not in "“\"(‘'" and not _SHARE_START.match(rest) \
                    and not _NOTE_MARK_START.match(rest):
                # "1. 2020", "2. 500.000": a figure, no item; "2. 100% các xã ...": a target; "1. 47 Triển khai
                # ...": a consolidated text's footnote mark before the clause
                continue
        is_dotted = bool(re.match(r"[IVX\d.]+\s*[.)]", line)) if kind in ("roman", "arabic") else True
        return ListLabel(kind, label, rest, is_dotted)
    return None


# --- the forms other steps look for, composed from the atoms -------------------------------------
# Each is the grammar above seen from one step; the comment says where it differs and why.

_NUMBER_MARK = rf"\(?{dotted()}[.)]"        # "3.", "2.1.", "(4)", "5)"
_LETTER_MARK = rf"\(?{LETTER}[).]"          # "a)", "(b)", "c."
_SUBLETTER_MARK = rf"{LETTER}\.?\d{{1,2}}\)"    # "b1)", "b2)", "c.1)": the points under "b)"
# the legal heads that open a line in any text: "Điều 3", "Chương II", "Mục 1", "Phần I", "PHẦN ...";
# "Mục" with an Arabic number only: "...quy định tại\nMục III thì ..." is a wrapped sentence
_LINE_HEADS = "|".join([head(ARTICLE), head(CHAPTER), rf"{SECTION}\s+\d", head(PART), PART.upper() + r"\s",
                        CHAPTER.upper() + r"\s"])
# numbers of any length: statistical indicator codes open lines too ("0305. Tổng đàn gia súc")
_NOTE_MARKS = rf"{_NOTE_MARKS_CORE}\s"
# a consolidated text's footnote mark glued to a point's letter, before its first word ("c)30 Khi xác định ...",
# realworld61 778: 47 such lines in 16 documents)
_GLUED_NOTE = rf"(?:[1-9]\d{{0,2}}(?=[ \t]+[{UPPER}]))?"
_LINE_START_MARKS = rf"\(?{dotted(None)}[.)]\s|{_NOTE_MARKS}|{_LETTER_MARK}{_GLUED_NOTE}\s|{_SUBLETTER_MARK}\s|{ROMAN}+\.\s|{_LINE_HEADS}"

# A line that opens a list item or a legal heading: a hard line break before it is a paragraph
# break, never a wrapped sentence (normalize). No en or em dash: in plain text a line opening
# "– 2025" or "— " continues the line above ("giai đoạn 2021\n– 2025").
LINE_START = re.compile(rf"(?:{marks(BULLETS.replace(EN_DASH, '') + SYMBOLS)}\s|{_LINE_START_MARKS})")
# The same for a PDF's lines, where a dash at the left margin always opens an item and the
# closing block "Nơi nhận" starts its own paragraph (read/pdf).
PDF_LINE_START = re.compile(rf"(?:{marks(BULLETS + EM_DASH + SYMBOLS)}\s|{_LINE_START_MARKS}|Nơi nhận)")
# A list label with nothing after it on its line: "4.", "III.", "2.1.", "a)", "b.", "Điều 5."
# (normalize joins it to the next line).
BARE_LABEL = re.compile(
    rf"[ \t]*(?:{_NUMBER_MARK}|{_LETTER_MARK}|{ROMAN}{{1,6}}\.|{head(ARTICLE)}\.)[ \t]*$")
# The numbering mark a paragraph may open with, a dot after it: "1.", "IV.", "2.1.", "a.",
# "Điều 5.", "- 3." (segment: no sentence ends at that dot). Only the dotted marks: ")" ends no
# sentence anyway.
_HEAD_WORDS = "|".join(w for h in (ARTICLE, CHAPTER, SECTION, PART) for w in (h, h.upper()))
_MARKS_OR_SPACE = marks(BULLETS, also=r"\s")
PARAGRAPH_MARK = re.compile(
    rf"{_MARKS_OR_SPACE}*(?:(?:{_HEAD_WORDS})\s+)?(?:{ROMAN}+|{dotted()}|{LETTER})\.(?=\s)")
# The label of a list item inside a section, before its text: "- ", "(2)", "3.1. ", "b) "
# (summarize: the key points quote items without it). No Roman numerals and a letter only with
# ")": "IV." and "a." label headings more often than items.
ITEM_LABEL = re.compile(rf"\s*(?:{marks(BULLETS)}\s+|\({arabic()}\)\s*|{dotted()}[.)]\s+|{LETTER}\d{{0,2}}\)\s+)")
# Marks that open a quoted list item, as many as there are ("- a) ", "1. ", "II. "): the scoring
# compares a gold quote and a prediction without them (evaluate). Numbers up to 99 ("2.1." goes
# as "2." then "1."): a quote opening "100." or "2025." keeps its figure.
LEADING_MARKS = re.compile(
    rf"^(?:\s*(?:{marks(BULLETS)}+|\(?{arabic(2)}[.)]|{_LETTER_MARK}|{_SUBLETTER_MARK}|{ROMAN_ITEM}+\.)\s*)+")
# The label a list item or a table row may open with, as a fragment of a larger pattern: "- ",
# "17. ", "(3) ", "b) " (quantities: "- Tổng số hộ ...", "17. | Số xã ..."). Numbers up to 99:
# "100." or "2025." opening a row is a figure.
ROW_ITEM_LABEL = rf"(?:{marks(BULLETS)}[ \t]*|\(?{arabic(2)}[.)][ \t]*|{LETTER}\)[ \t]*)"
# The label before a directive's text, legal heads included: "- ", "(2)", "3.1.", "b)", "IV ",
# "Điều 5.", "Khoản 2:", a form note's several marks "(1), (2), (4) " (directives: the task starts after it).
# Spaces allowed inside ("( 2 )",
# "3 ."), as crawled pages have them.
LEAD_LABEL = re.compile(
    rf"\s*(?:{marks(BULLETS)}\s+|{_NOTE_MARKS_CORE}[ \t]*(?=[^\W\d_])|\(\s*{arabic()}\s*\)\s*|\(?{dotted()}\s*[.)]\s*(?=\D)|"
    rf"\(?{LETTER}\s*[.)]{_GLUED_NOTE}\s+|{_SUBLETTER_MARK}\s+|{ROMAN}{{1,6}}\s*[.)]?\s+|(?:{head(ARTICLE)}|{head(CLAUSE)})\s*[.:]?\s*)")
# A line that opens a list item: "- ", "3.", "2.1.", "(a)", "b. " (directives: an item ends a
# run-on). A number mark needs no space after it ("3.Sở ..."), a letter does ("b.Sc").
ITEM_LINE = re.compile(rf"\s*(?:{marks(BULLETS)}\s|{_NUMBER_MARK}|{_LETTER_MARK}{_GLUED_NOTE}\s)")
# A list mark that opens a sentence the structure did not take as an item: "- Ban Quản lý ...",
# "4. Các tỉnh ủy ...", "(1), (2) Chủ đầu tư ghi ..." (directives)
SENTENCE_LABEL = re.compile(
    rf"{marks(BULLETS)}\s+|{_NOTE_MARKS}\s*|\(?{dotted()}\s*[.)]\s+(?=\D)|\(?{LETTER}\s*[.)]\s+|{_SUBLETTER_MARK}\s+")
# A bullet opening a line of a table cell, one item each ("- Văn phòng Cục" / "- Công chức thụ lý
# hồ sơ": task_tables reads one body per item). No "*", as in the section tree: a crawled cell's
# "* (Kèm theo Nghị quyết ...)*" is emphasis.
CELL_BULLET = re.compile(rf"(?m)^[ \t]*{marks(BULLETS.replace('*', ''))}[ \t]")
