"""Adds the agency pages to the demo site; called by home.demo (core.demo tools) (same idempotent rules)."""

from agency import demo_data
from agency.models import AgencyPage, ContactPage
from core.demo import add_published, child_by_slug, demo_photo, paragraphs


def agency_page(builder, parent, data, body):
    page = child_by_slug(parent, AgencyPage, data["slug"])
    texts = data["vi"]
    if page is None:
        page = add_published(
            parent,
            AgencyPage(title=texts["title"], slug=data["slug"], intro=texts["intro"], body=body, show_in_menus=True),
        )
        builder.log(f"Created agency page {page.title}")
    builder.remember(data, ["title", "intro"])
    return page


def departments(data):
    return [
        ("department", {"name": d["name"], "head": "", "duties": d["duties"], "phone": demo_data.PHONE, "email": ""})
        for d in data["vi"]["departments"]
    ]


def leaders(data):
    return [
        (
            "leader",
            {
                "name": leader["name"],
                "position": leader["position"],
                "photo": demo_photo(f"Demo: {leader['name']}", size=(600, 800)),
                "phone": demo_data.PHONE,
                "email": demo_data.EMAIL,
            },
        )
        for leader in data["vi"]["leaders"]
    ]


def contact_page(builder, parent):
    data = demo_data.CONTACT
    page = child_by_slug(parent, ContactPage, data["slug"])
    texts = data["vi"]
    if page is None:
        page = add_published(
            parent,
            ContactPage(
                slug=data["slug"],
                show_in_menus=True,
                map_url=data["map_url"],
                phone=data["phone"],
                fax=data["fax"],
                email=data["email"],
                **texts,
            ),
        )
        builder.log(f"Created contact page {page.title}")
    builder.remember(data, list(texts))
    return page


def remember_lists(builder, data, key, fields):
    for vi, km in zip(data["vi"][key], data["km"][key], strict=True):
        builder.remember_pairs([(vi[field], km[field]) for field in fields])


def build(builder, home):
    """The agency pages in Vietnamese, in the order they must be translated (parents first)."""
    intro_data = demo_data.INTRODUCTION
    introduction = agency_page(builder, home, intro_data, paragraphs(intro_data["vi"]["paragraphs"]))
    builder.remember_pairs(zip(intro_data["vi"]["paragraphs"], intro_data["km"]["paragraphs"], strict=True))
    functions = agency_page(
        builder, introduction, demo_data.FUNCTIONS, paragraphs(demo_data.FUNCTIONS["vi"]["paragraphs"])
    )
    builder.remember_pairs(
        zip(demo_data.FUNCTIONS["vi"]["paragraphs"], demo_data.FUNCTIONS["km"]["paragraphs"], strict=True)
    )
    organisation = agency_page(builder, introduction, demo_data.ORGANISATION, departments(demo_data.ORGANISATION))
    remember_lists(builder, demo_data.ORGANISATION, "departments", ["name", "duties"])
    leaders_page = agency_page(builder, introduction, demo_data.LEADERS, leaders(demo_data.LEADERS))
    remember_lists(builder, demo_data.LEADERS, "leaders", ["name", "position"])
    contact = contact_page(builder, home)
    return [introduction, functions, organisation, leaders_page, contact]
