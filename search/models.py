# The site search has no model of its own: pages are in Wagtail's index (search.fields, search.backends).
