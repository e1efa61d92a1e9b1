import base64

from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from visitors.counter import record_visit

# A transparent 1×1 GIF: the page asks for it with a plain <img>, no script and no cookie.
PIXEL = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


@never_cache
@require_GET
def beacon(request):
    """Counted apart from the page itself, so cached pages still count their readers."""
    record_visit(request.META.get("REMOTE_ADDR", ""), request.headers.get("user-agent", "")[:500])
    response = HttpResponse(PIXEL, content_type="image/gif")
    response["X-Robots-Tag"] = "noindex"
    return response
