"""Security headers Django does not set itself, and the CSP that tells public pages from the admin."""

from csp.middleware import CSPMiddleware
from django.conf import settings


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict policy everywhere; the Wagtail admin also gets inline scripts and styles it relies on."""

    ADMIN_ALLOWANCES = {
        "script-src": ["'unsafe-inline'"],
        "style-src": ["'unsafe-inline'"],
        "img-src": ["blob:"],
        "frame-ancestors": ["'self'"],  # the admin previews pages in an iframe
    }

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(settings.CSP_ADMIN_PREFIXES) and not report_only:
            parts.update = {**(parts.update or {}), **self.ADMIN_ALLOWANCES}
        return parts
