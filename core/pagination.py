from django.core.paginator import Paginator


def page_number(raw, num_pages):
    """Whatever a reader types after ?page= becomes a page that exists: junk → 1, too big → last."""
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), num_pages)


def kept_page_query(raw, count, per_page=10):
    """`page=N` for the language switcher when page N exists in the list it leads to, else "" (its
    first page). `count` is called only for a page number above 1."""
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return ""
    if number > 1 and (number - 1) * per_page < count():
        return f"page={number}"
    return ""


def paginate(object_list, raw_page, per_page=10):
    paginator = Paginator(object_list, per_page)
    page = paginator.page(page_number(raw_page, paginator.num_pages))
    page.elided_range = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page
