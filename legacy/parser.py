"""Reads an article saved as text from the old portal (see legacy/fixtures/) into its parts.

The layout: the title on the first line; paragraphs, one per line, the first being the lead;
photo caption lines between them; a credit line ("Tin, ảnh: …./."); then the portal's chrome
("Tin khác", pagination digits, "Thống kê truy cập" and its counters, the footer block).

Pure functions only: nothing here touches the database.
"""

import datetime
import re
import unicodedata
from dataclasses import dataclass, field

from legacy.references import DOCUMENT_NUMBER, document_numbers

MAX_TITLE_LENGTH = 250
# Captions describe one photo in one short sentence; the portal's paragraphs are much longer.
MAX_CAPTION_LENGTH = 160
MAX_CAPTION_WORDS = 30

CREDIT_LINE = re.compile(
    r"^(?P<credit>(?:Tin|Ảnh|Bài|Tin và ảnh|Bài và ảnh|Tin, ảnh|Bài, ảnh|Tin - ảnh|Bài - ảnh)\s*:\s*.+?)\s*\.?/\.\s*$",
    re.IGNORECASE,
)
# The first line of the portal's chrome; everything from it on is not the article.
CHROME_START = re.compile(
    r"^(Tin khác|Các tin khác|Tin liên quan|Thống kê truy cập|TRANG THÔNG TIN ĐIỆN TỬ\b)", re.IGNORECASE
)
PAGINATION = re.compile(r"^[\d\s.…>«»<]+$")
SENTENCE_BREAK = re.compile(r"[.!?]\s+[A-ZĐÀ-Ỹ]")

# Event dates: "lúc 8 giờ ngày 27 tháng 6 năm 2022", "sáng ngày 27/6/2022", "Ngày 27-6-2022".
TIME = r"(?:lúc\s+)?(?P<hour>\d{1,2})\s*(?:giờ|h)\s*(?P<minute>\d{1,2})?(?:\s*phút)?,?\s+(?:(?:sáng|chiều|tối)\s+)?"
DATE = (
    r"ngày\s+(?P<day>\d{1,2})\s*(?:tháng\s+(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})"
    r"|[/.-]\s*(?P<month2>\d{1,2})\s*[/.-]\s*(?P<year2>\d{4}))"
)
DATE_MENTION = re.compile(rf"(?:{TIME})?{DATE}", re.IGNORECASE)
ISSUED_DOCUMENT_BEFORE = re.compile(rf"{DOCUMENT_NUMBER.pattern}\s*,?\s*$")


class LegacyFormatError(ValueError):
    """The file is not an article in the old portal's layout; the message says why."""


@dataclass
class Block:
    kind: str  # "paragraph" or "photo"
    text: str


@dataclass
class LegacyArticle:
    title: str
    lead: str
    blocks: list[Block] = field(default_factory=list)
    credit: str = ""
    date: datetime.datetime | None = None  # naive, local time of the province

    @property
    def captions(self):
        return [block.text for block in self.blocks if block.kind == "photo"]

    @property
    def document_numbers(self):
        texts = [self.lead] + [block.text for block in self.blocks if block.kind == "paragraph"]
        return document_numbers("\n".join(texts))


def decode(data):
    if not data.strip():
        raise LegacyFormatError("empty file")
    if b"\x00" in data:
        raise LegacyFormatError("binary file, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise LegacyFormatError(f"not UTF-8 text (byte {error.start})") from None
    controls = sum(1 for char in text if unicodedata.category(char) == "Cc" and char not in "\r\n\t")
    if controls > len(text) // 100:
        raise LegacyFormatError("binary file, not text")
    return unicodedata.normalize("NFC", text)


def clean_line(line):
    return " ".join(line.replace("\u00a0", " ").split())


def article_lines(text):
    """The non-empty lines up to the credit line, or up to the chrome when there is no credit."""
    lines, credit = [], ""
    for raw in text.splitlines():
        line = clean_line(raw)
        if not line:
            continue
        if lines and CHROME_START.match(line):
            break
        match = CREDIT_LINE.match(line)
        if lines and match:
            credit = match["credit"]
            break
        lines.append(line)
    while lines and PAGINATION.match(lines[-1]):
        lines.pop()
    return lines, credit


def is_caption(line):
    """A short single sentence: the portal put one under each photo. Editors review every guess."""
    return (
        len(line) <= MAX_CAPTION_LENGTH
        and len(line.split()) <= MAX_CAPTION_WORDS
        and line[-1] in ".:)"
        and not SENTENCE_BREAK.search(line[:-1])
        and not document_numbers(line)  # captions describe people and places, not legal texts
    )


def check_title(title):
    if CHROME_START.match(title) or CREDIT_LINE.match(title) or PAGINATION.match(title):
        raise LegacyFormatError("no title: the file starts with the portal's chrome")
    if len(title) > MAX_TITLE_LENGTH:
        raise LegacyFormatError(f"no title: the first line has {len(title)} characters (at most {MAX_TITLE_LENGTH})")
    if title.endswith("./."):
        raise LegacyFormatError("no title: the first line is a credit or closing line")


def event_date(texts):
    """The first date the text states that is not the issue date of a cited document.

    "Kế hoạch số 35/KH-BDT ngày 13 tháng 6 năm 2022" dates the plan, not the event, so a date
    right after a document number is skipped. A time before the date ("lúc 8 giờ") is kept;
    without one the article is dated at midnight.
    """
    for text in texts:
        for match in DATE_MENTION.finditer(text):
            if ISSUED_DOCUMENT_BEFORE.search(text[max(0, match.start() - 60) : match.start()]):
                continue
            value = date_from(match)
            if value:
                return value
    return None


def date_from(match):
    year = int(match["year"] or match["year2"])
    month = int(match["month"] or match["month2"])
    hour = int(match["hour"] or 0)
    minute = int(match["minute"] or 0)
    try:
        value = datetime.datetime(year, month, int(match["day"]), hour, minute)
    except ValueError:
        return None
    return value if 1990 <= year <= datetime.date.today().year + 1 else None


def parse(data):
    """Bytes of a saved page → LegacyArticle, or LegacyFormatError with the reason."""
    lines, credit = article_lines(decode(data))
    if not lines:
        raise LegacyFormatError("no title: the file holds only the portal's chrome")
    title, body = lines[0], lines[1:]
    check_title(title)
    if not body:
        raise LegacyFormatError("no text after the title")
    lead, rest = body[0], body[1:]
    blocks = [Block("photo" if is_caption(line) else "paragraph", line) for line in rest]
    return LegacyArticle(title=title, lead=lead, blocks=blocks, credit=credit, date=event_date([title, lead, *rest]))
