"""What a reader notices of the ranking, on the demo site: the same order on SQLite and PostgreSQL."""

import re

import pytest
from django.core.management import call_command

# wagtail-localize publishes translations on commit, so this runs outside a wrapping transaction.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

SEED = "Ban Dân tộc tỉnh Trà Vinh tổ chức Hội nghị sơ kết công tác dân tộc 6 tháng đầu năm"
KHMER_SEED = "គណៈកម្មាធិការជនជាតិខេត្តត្រាវិញ រៀបចំសន្និសីទបូកសរុបការងារជនជាតិ"


def titles(client, query, prefix=""):
    html = client.get(f"{prefix}/tim-kiem/", {"q": query}).content.decode()
    return [re.sub(r"<[^>]+>", "", t) for t in re.findall(r'class="search-result__title"><a [^>]+>(.*?)</a>', html)]


def test_demo_queries_find_the_seed_first_and_titles_before_mentions(client):
    call_command("load_demo", verbosity=0)
    for query in ("hội nghị sơ kết", "so ket 6 thang", "Tra Vinh so ket", "HỘI NGHỊ SƠ KẾT"):
        assert titles(client, query)[0].startswith(SEED), query
    common = titles(client, "dan toc")
    assert len(common) == 10  # a full first page of the many pages that mention it
    with_title = [title for title in common if "dân tộc" in title.lower()]
    assert common[: len(with_title)] == with_title  # every title holding "dân tộc" before any that does not
    assert titles(client, "សន្និសីទ បូកសរុប", prefix="/km")[0].startswith(KHMER_SEED)
    assert all(re.search("[\u1780-\u17ff]", title) for title in titles(client, "ត្រាវិញ", prefix="/km"))
