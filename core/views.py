from django.http import HttpResponsePermanentRedirect


def redirect_default_language_prefix(request, rest):
    """/vi/tin-tuc/x/ → /tin-tuc/x/ (301), keeping the query string."""
    # lstrip: "/vi//evil.example" must not become the protocol-relative "//evil.example".
    target = "/" + rest.lstrip("/\\")
    query = request.META.get("QUERY_STRING", "")
    if query:
        target += "?" + query
    return HttpResponsePermanentRedirect(target)
