"""Translation memory speed: suggestions for a 60-segment page with 20,000 translated segments in memory.

    DJANGO_SETTINGS_MODULE=govsite.settings.test .venv/bin/python benchmarks/translation_memory.py

Builds editorial.translation_memory.MemoryIndex from generated Vietnamese sentences (no database:
the index is what a request uses once built), then times `matches` for a page whose segments are a
third repeated sentences, a third edited ones (a few words changed) and a third new text. It also
checks the suggestions against a full rapidfuzz scan of every entry (what the index avoids).
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "govsite.settings.test")

import django

django.setup()

from rapidfuzz import fuzz, process  # noqa: E402

from editorial.translation_memory import THRESHOLD, Entry, MemoryIndex, folded  # noqa: E402

WORDS = (  # noqa: SIM905 (a sentence is easier to read and edit than a list of syllables)
    "Ban Dân tộc tỉnh Trà Vinh tổ chức hội nghị sơ kết tổng kết công tác dân tộc sáu tháng đầu năm "
    "chương trình mục tiêu quốc gia phát triển kinh tế xã hội vùng đồng bào thiểu số miền núi người có "
    "uy tín thăm hỏi tặng quà gia đình chính sách hộ nghèo cận nghèo huyện xã ấp khóm Khmer chùa "
    "Phật giáo Nam tông lễ hội Chôl Chnăm Thmây Sene Dolta Ok Om Bok đại biểu lãnh đạo Ủy ban nhân dân "
    "kế hoạch quyết định thông tư hướng dẫn triển khai thực hiện kết quả đạt được tồn tại hạn chế "
    "nhiệm vụ giải pháp thời gian tới học sinh sinh viên học bổng nhà ở đất sản xuất nước sinh hoạt "
    "giao thông nông thôn cơ sở hạ tầng điện đường trường trạm y tế bảo hiểm đào tạo nghề việc làm "
    "tuyên truyền phổ biến pháp luật an ninh trật tự đoàn kết các dân tộc ngày tháng năm số"
).split()


def sentence(rng):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 30))).capitalize() + "."


def edited(rng, text):
    words = text.rstrip(".").split()
    for _ in range(rng.randint(1, 2)):
        words[rng.randrange(len(words))] = rng.choice(WORDS)
    return " ".join(words) + "."


def main(entries=20_000, page_segments=60, runs=7):
    rng = random.Random(15)  # noqa: S311 (repeatable test data, not a secret)
    memory_texts = [sentence(rng) for _ in range(entries)]
    pairs = [(text, Entry(khmer=f"ខ្មែរ {i}", source_id=i // 40, context_id=i)) for i, text in enumerate(memory_texts)]
    started = time.perf_counter()
    index = MemoryIndex(pairs)
    built = time.perf_counter() - started

    third = page_segments // 3
    page = (
        rng.sample(memory_texts, third)
        + [edited(rng, text) for text in rng.sample(memory_texts, third)]
        + [sentence(rng) for _ in range(page_segments - 2 * third)]
    )
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        results = [index.matches(text) for text in page]
        timings.append(time.perf_counter() - started)

    agree = 0
    for text, found in zip(page, results, strict=True):
        best = process.extractOne(folded(text), index.texts, scorer=fuzz.ratio, score_cutoff=THRESHOLD)
        expected = round(best[1]) if best else None
        agree += (found[0][0] if found else None) == expected

    print(f"memory: {len(index)} translated segments ({len(index.texts)} distinct texts), built in {built:.2f} s")
    print(
        f"{page_segments}-segment page: median {statistics.median(timings) * 1000:.0f} ms, "
        f"best {min(timings) * 1000:.0f} ms, worst {max(timings) * 1000:.0f} ms over {runs} runs"
    )
    print(f"best suggestion equal to a full scan's for {agree} of {page_segments} segments")
    print(f"segments with a suggestion: {sum(bool(found) for found in results)} of {page_segments}")


if __name__ == "__main__":
    main()
