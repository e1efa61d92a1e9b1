"""The demo site's news: the old portal's seed article and more items, with their related news,
documents and topics."""

from core.demo import add_published, aware, child_by_slug, demo_photo, paragraphs, photo
from news import demo_data
from news.models import NewsIndexPage, NewsPage, NewsPageRelatedDocument, NewsPageRelatedNews


def add_news(news_index, data, body, listing_image):
    """A published Vietnamese news page from a demo_data entry (its "vi" texts) and a built body."""
    texts = data["vi"]
    page = NewsPage(
        title=texts["title"],
        slug=data["slug"],
        date=aware(data["date"]),
        lead=texts["lead"],
        body=body,
        credit=texts["credit"],
        listing_image=listing_image,
    )
    return add_published(news_index, page)


def build(builder, home):
    """The news section, the seed article and more news: (index, seed, [(page, has Khmer)])."""
    news_index = builder.section(home, NewsIndexPage, demo_data.NEWS_INDEX)
    return news_index, seed_article(builder, news_index), more_news(builder, news_index)


def seed_article(builder, news_index):
    data = demo_data.SEED_ARTICLE
    page = child_by_slug(news_index, NewsPage, data["slug"])
    texts = data["vi"]
    photos = [demo_photo(f"Demo: {block[1]['caption']}") for block in texts["body"] if block[0] == "photo"]
    if page is None:
        body, photo_number = [], 0
        for kind, value in texts["body"]:
            if kind == "paragraph":
                body.extend(paragraphs([value]))
            else:
                body.append(photo(photos[photo_number], value))
                photo_number += 1
        page = add_news(news_index, data, body, listing_image=photos[0])
        builder.log(f"Created the seed article {page.title}")
    remember_article(builder, data["vi"], data["km"])
    return page


def more_news(builder, news_index):
    pages = []
    for data in demo_data.MORE_NEWS:
        page = child_by_slug(news_index, NewsPage, data["slug"])
        texts = data["vi"]
        if page is None:
            image = demo_photo(f"Demo: {texts['caption']}")
            body = [*paragraphs(texts["paragraphs"][:1]), photo(image, texts), *paragraphs(texts["paragraphs"][1:])]
            page = add_news(news_index, data, body, listing_image=image)
            builder.log(f"Created news {page.title}")
        if data["km"]:
            km = data["km"]
            builder.remember_pairs(
                [(texts[key], km[key]) for key in ("title", "lead", "caption", "alt", "credit")]
                + list(zip(texts["paragraphs"], km["paragraphs"], strict=True))
            )
        pages.append((page, bool(data["km"])))
    return pages


def remember_article(builder, vi, km):
    pairs = [(vi[key], km[key]) for key in ("title", "lead", "credit")]
    for (kind, vi_value), (_, km_value) in zip(vi["body"], km["body"], strict=True):
        if kind == "paragraph":
            pairs.append((vi_value, km_value))
        else:
            pairs += [(vi_value["caption"], km_value["caption"]), (vi_value["alt"], km_value["alt"])]
    builder.remember_pairs(pairs)


def link_related_news(seed, news):
    if not seed.related_news.exists():
        for order, (page, _) in enumerate(news[:3]):
            NewsPageRelatedNews.objects.create(source=seed, page=page, sort_order=order)
        seed.save_revision().publish()


def link_documents_and_topics(seed, news, documents, topics):
    if not seed.related_documents.exists():
        for order, number in enumerate(demo_data.SEED_DOCUMENTS):
            NewsPageRelatedDocument.objects.create(source=seed, document=documents[number], sort_order=order)
        seed.topics.set([topics[slug] for slug in demo_data.SEED_TOPICS])
        seed.save_revision().publish()
    for page, _has_khmer in news:
        if not page.topics.exists():
            slug = next(topic for word, topic in demo_data.NEWS_TOPIC_RULES if word in page.slug)
            page.topics.set([topics[slug]])
            page.save_revision().publish()
