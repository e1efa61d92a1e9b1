from django.core.paginator import Paginator


def page_number(raw, num_pages):
    """Whatever a reader types after ?page= becomes a page that exists: junk → 1, too big → last."""
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), num_pages)


def paginate(object_list, raw_page, per_page=10):
    paginator = Paginator(object_list, per_page)
    page = paginator.page(page_number(raw_page, paginator.num_pages))
    page.elided_range = list(paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1))
    return page
