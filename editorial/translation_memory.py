"""Part 2 of the translators' aids: the Khmer of similar Vietnamese already published on the site.

The memory holds every (Vietnamese segment, Khmer translation) pair of the site's pages and
snippets whose Khmer version is live and was published after that translation was last changed:
drafts waiting for review, other languages and translations of deleted or unpublished pages are
never in it. Text is compared folded (search.text: no marks, "đ" → "d", lower case, words only)
with rapidfuzz's ratio; 70 % and up is suggested, best first, three at most.

It is built once per process and language pair, and built again after anything is published or
unpublished (a version number in the shared cache, bumped by the receivers at the bottom). A
query looks up exact matches in a dict and ranks fuzzy ones among the entries that share the
query's rarest word pairs (an inverted index), so a page costs tens of milliseconds whatever the size
of the memory (benchmarks/translation_memory.py).
"""

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import pairwise

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Max
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.utils.html import strip_tags
from django.utils.text import capfirst
from rapidfuzz import fuzz, process
from wagtail.models import DraftStateMixin, Page
from wagtail.signals import page_published, page_unpublished, published, unpublished
from wagtail_localize.models import StringSegment, StringTranslation, TranslationLog, TranslationSource

from search.text import clean, fold_char, units

THRESHOLD = 70
MAX_SUGGESTIONS = 3
CANDIDATES = 300
RARE_KEYS = 12
VERSION_KEY = "editorial:translation-memory:version"


class FoldTable(dict):
    """search.text.fold_char for str.translate, each character worked out once."""

    def __missing__(self, code):
        self[code] = folded_char = fold_char(chr(code))
        return folded_char


FOLD_TABLE = FoldTable()


def folded(text):
    text = strip_tags(text) if "<" in text else text
    return " ".join(units(clean(text).translate(FOLD_TABLE)))


def index_keys(text):
    """Pairs of neighbouring words (a Vietnamese word is often two syllables); the word itself when alone."""
    words = text.split()
    return {f"{a} {b}" for a, b in pairwise(words)} or set(words)


@dataclass(frozen=True)
class Entry:
    khmer: str
    source_id: int
    context_id: int


class MemoryIndex:
    def __init__(self, pairs):
        """`pairs`: (Vietnamese text, Entry) for every published translation."""
        by_text = defaultdict(dict)
        for text, entry in pairs:
            by_text[folded(text)].setdefault(entry.khmer, entry)
        by_text.pop("", None)
        self.texts = list(by_text)
        self.entries = [list(by_text[text].values()) for text in self.texts]
        self.position = {text: i for i, text in enumerate(self.texts)}
        self.postings = defaultdict(list)
        for i, text in enumerate(self.texts):
            for key in index_keys(text):
                self.postings[key].append(i)

    def __len__(self):
        return sum(len(entries) for entries in self.entries)

    def candidates(self, query):
        """The entries sharing most of the query's rarest word pairs (a text 70 % alike shares many)."""
        keys = sorted(index_keys(query), key=lambda key: len(self.postings.get(key, ())))
        shared = Counter()
        for key in keys[:RARE_KEYS]:
            shared.update(self.postings.get(key, ()))
        return {i: self.texts[i] for i, _count in shared.most_common(CANDIDATES)}

    def matches(self, text):
        """[(score, Entry)], best first, each Khmer text once, at most MAX_SUGGESTIONS."""
        query = folded(text)
        if not query:
            return []
        ranked = []
        exact = self.position.get(query)
        if exact is not None:
            ranked.append((100, exact))
        found = process.extract(
            query, self.candidates(query), scorer=fuzz.ratio, score_cutoff=THRESHOLD, limit=MAX_SUGGESTIONS + 1
        )
        ranked += [(round(score), i) for _text, score, i in found if i != exact]
        suggestions, seen = [], set()
        for score, i in sorted(ranked, key=lambda pair: -pair[0]):
            for entry in self.entries[i]:
                if entry.khmer not in seen and len(suggestions) < MAX_SUGGESTIONS:
                    seen.add(entry.khmer)
                    suggestions.append((score, entry))
        return suggestions


def published_at(sources, locale):
    """{source id: when its translation into `locale` was last made live} for sources whose target is live."""
    by_type = defaultdict(dict)
    for pk, key, content_type_id in sources:
        by_type[content_type_id][key] = pk
    when = {}
    for content_type_id, keys in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        if issubclass(model, Page) or issubclass(model, DraftStateMixin):
            manager = Page.objects if issubclass(model, Page) else model._default_manager
            live = manager.filter(translation_key__in=keys, locale=locale, live=True)
            for key, at in live.values_list("translation_key", "last_published_at"):
                if at is not None:
                    when[keys[key]] = at
        else:  # no draft state: saving the translation made it live
            existing = set(
                model._default_manager.filter(translation_key__in=keys, locale=locale).values_list(
                    "translation_key", flat=True
                )
            )
            logs = TranslationLog.objects.filter(source_id__in=[keys[k] for k in existing], locale=locale)
            when.update(logs.values("source_id").annotate(at=Max("created_at")).values_list("source_id", "at"))
    return when


def published_pairs(source_locale, target_locale):
    segments = StringSegment.objects.filter(
        source__locale=source_locale, source__translations__target_locale=target_locale
    ).values_list("string_id", "context_id", "source_id", "string__data")
    translations = {
        (string_id, context_id): (data, updated_at)
        for string_id, context_id, data, updated_at in StringTranslation.objects.filter(
            locale=target_locale, has_error=False
        ).values_list("translation_of_id", "context_id", "data", "updated_at")
    }
    rows = [(row, translations[row[:2]]) for row in segments.distinct() if row[:2] in translations]
    source_ids = {row[2] for row, _translation in rows}
    sources = TranslationSource.objects.filter(pk__in=source_ids).values_list(
        "pk", "object_id", "specific_content_type_id"
    )
    live_since = published_at(sources, target_locale)
    for (_string_id, context_id, source_id, text), (khmer, updated_at) in rows:
        if source_id in live_since and updated_at <= live_since[source_id]:
            yield text, Entry(khmer=khmer, source_id=source_id, context_id=context_id)


_built = {}


def memory_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        cache.add(VERSION_KEY, version, timeout=None)
        version = cache.get(VERSION_KEY, version)
    return version


def memory_for(source_locale, target_locale):
    key = (source_locale.pk, target_locale.pk)
    version = memory_version()
    built = _built.get(key)
    if built is None or built[0] != version:
        built = (version, MemoryIndex(published_pairs(source_locale, target_locale)))
        _built[key] = built
    return built[1]


def forget_memory(**kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


for signal in (page_published, page_unpublished, published, unpublished):
    signal.connect(forget_memory, dispatch_uid=f"translation-memory-{id(signal)}")


@receiver(post_save, sender=TranslationLog, dispatch_uid="translation-memory-log")
def forget_memory_after_save_target(**kwargs):
    forget_memory()


def origins(source_ids):
    found = {}
    for pk, title, content_type_id in TranslationSource.objects.filter(pk__in=source_ids).values_list(
        "pk", "object_repr", "specific_content_type_id"
    ):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        kind = capfirst(model._meta.verbose_name) if model else ""
        found[pk] = {"title": title, "kind": str(kind)}
    return found


def memory_aid(translation, segments):
    source = translation.source
    memory = memory_for(source.locale, translation.target_locale)
    matches = {
        segment.id: found
        for segment in segments
        if segment.translated_text is None and (found := memory.matches(segment.source_text))
    }
    where = origins({entry.source_id for found in matches.values() for _score, entry in found})
    return {
        segment_id: {
            "suggestions": [
                {"text": entry.khmer, "score": score, "origin": where.get(entry.source_id, {})}
                for score, entry in found
            ]
        }
        for segment_id, found in matches.items()
    }
