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
            f"editorial.localize_fence wraps Translation.save_target and TranslationSource.refresh_segments as "
            f"read in wagtail-localize {CHECKED_VERSION}; {installed_version()} is installed. The translators' "
            f"aids (editorial/static/editorial/segment-aids.js) are switched off until this is checked.",
            hint="Re-read wagtail-localize's publishing routes and tests/security/test_translation_publishing.py, "
            "the editor's segment markup (tests/browser/test_translation_aids.py), then update CHECKED_VERSION.",
            id="editorial.W001",
        )
    ]


# editorial/templates/wagtailadmin/home/workflow_objects_to_moderate.html and shared/headers/_actions.html
DASHBOARD_TEMPLATE_FROM = "8.0.1"


@register()
def dashboard_template_version(app_configs, **kwargs):
    if version("wagtail") == DASHBOARD_TEMPLATE_FROM:
        return []
    return [
        Warning(
            f"editorial overrides Wagtail {DASHBOARD_TEMPLATE_FROM}'s workflow_objects_to_moderate.html and "
            f"shared/headers/_actions.html; "
            f"Wagtail {version('wagtail')} is installed.",
            hint="Copy the new templates from Wagtail and re-apply the translation_review_url link and the "
            "translated aria-label of _actions.html.",
            id="editorial.W002",
        )
    ]
