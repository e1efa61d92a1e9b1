"""System checks for the parts of wagtail-localize the project wraps (editorial.localize_fence)."""

from importlib.metadata import version

from django.core.checks import Warning, register


def installed_version():
    return version("wagtail-localize")


@register()
def localize_fence_version(app_configs, **kwargs):
    from editorial.localize_fence import CHECKED_VERSION

    if installed_version() == CHECKED_VERSION:
        return []
    return [
        Warning(
            f"editorial.localize_fence wraps Translation.save_target as read in wagtail-localize "
            f"{CHECKED_VERSION}; {installed_version()} is installed.",
            hint="Re-read wagtail-localize's publishing routes and tests/security/test_translation_publishing.py, "
            "then update CHECKED_VERSION.",
            id="editorial.W001",
        )
    ]
