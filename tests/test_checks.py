"""The wrapped wagtail-localize method and the copied Wagtail template say when an upgrade needs a look."""

from editorial import checks


def test_no_warning_for_the_pinned_versions():
    assert checks.localize_fence_version(None) == []
    assert checks.dashboard_template_version(None) == []


def test_a_different_version_is_named_in_a_warning(monkeypatch):
    monkeypatch.setattr(checks, "version", lambda package: "99.0")
    assert [w.id for w in checks.localize_fence_version(None)] == ["editorial.W001"]
    assert [w.id for w in checks.dashboard_template_version(None)] == ["editorial.W002"]
    assert "1.14.5" in checks.localize_fence_version(None)[0].msg
