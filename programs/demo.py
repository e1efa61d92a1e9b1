"""The demo site's programmes, with their related news, documents, topics and sub-projects."""

from core.demo import add_published, child_by_slug, paragraphs
from programs import demo_data
from programs.models import (
    ProgramIndexPage,
    ProgramPage,
    ProgramPageRelatedDocument,
    ProgramPageRelatedNews,
    SubProject,
)


def build(builder, home):
    """The programme section and its programmes: (index, [programmes])."""
    programme_index = builder.section(home, ProgramIndexPage, demo_data.PROGRAM_INDEX)
    return programme_index, programmes(builder, programme_index)


def programmes(builder, programme_index):
    pages = []
    for data in demo_data.PROGRAMS:
        page = child_by_slug(programme_index, ProgramPage, data["slug"])
        texts = data["vi"]
        if page is None:
            page = add_published(
                programme_index,
                ProgramPage(
                    title=texts["title"],
                    slug=data["slug"],
                    period_start=data["period_start"],
                    period_end=data["period_end"],
                    decision_date=data["decision_date"],
                    phase=texts["phase"],
                    responsible_agency=texts["agency"],
                    summary=texts["paragraphs"][0],
                    objectives=objectives_html(texts["objectives"]),
                    body=paragraphs(texts["paragraphs"][1:]),
                ),
            )
            builder.log(f"Created programme {page.title}")
        km = data["km"]
        builder.remember_pairs(
            [(texts[key], km[key]) for key in ("title", "phase", "agency")]
            + list(zip(texts["paragraphs"], km["paragraphs"], strict=True))
            + list(zip(texts["objectives"], km["objectives"], strict=True))
        )
        pages.append(page)
    return pages


def objectives_html(objectives):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in objectives) + "</ul>"


def link_related_news(programmes, seed):
    for programme in programmes:
        if not programme.related_news.exists():
            ProgramPageRelatedNews.objects.create(source=programme, page=seed, sort_order=0)
            programme.save_revision().publish()


def link_documents_and_topics(builder, programmes, documents, topics):
    for programme in programmes:
        links = demo_data.PROGRAM_LINKS.get(programme.slug)
        if links and not programme.related_documents.exists():
            for order, number in enumerate(links["documents"]):
                ProgramPageRelatedDocument.objects.create(
                    source=programme, document=documents[number], sort_order=order
                )
            programme.topics.set([topics[slug] for slug in links["topics"]])
            programme.save_revision().publish()
        projects = demo_data.SUB_PROJECTS.get(programme.slug, [])
        if projects and not programme.sub_projects.exists():
            for order, data in enumerate(projects):
                SubProject.objects.create(
                    programme=programme,
                    locale=builder.vietnamese,
                    sort_order=order,
                    code=data["vi"]["code"],
                    name=data["vi"]["name"],
                    status=data["status"],
                    period_start=data["period_start"],
                    period_end=data["period_end"],
                )
            programme.save_revision().publish()
        for data in projects:
            builder.remember(data, ["code", "name"])

# -- Khmer translations -----------------------------------------------
