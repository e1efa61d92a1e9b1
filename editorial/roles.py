"""Who may do what: the Editors, Moderators and Translators groups, and the two workflows.

Page permissions and workflows hang on pages (each language's home page, the Vietnamese news and
programme sections) that do not exist when `migrate` runs on a fresh database. So the same
idempotent functions run three times: from the data migration (for pages already there), and from
a `post_save` signal when such a page is created — by `load_demo`, by an editor in the admin, or by
wagtail-localize when a translator creates the Khmer home page. The functions take a model getter
so the migration can pass its historical models.
"""

from django.apps import apps as live_apps

# Stored in English; shown in the admin's language (editorial.stored_names).
EDITORS = "Editors"
MODERATORS = "Moderators"
TRANSLATORS = "Translators"

MODERATION_WORKFLOW = "Moderation"
MODERATION_TASK = "Moderator approval"
TRANSLATION_REVIEW_WORKFLOW = "Translation review"
TRANSLATION_REVIEW_TASK = "Translation review by a moderator"

SOURCE_LANGUAGE = "vi"
TRANSLATION_LANGUAGE = "km"
MODERATED_SECTIONS = {("news", "newsindexpage"), ("programs", "programindexpage")}

# Page permissions per group on its language's home page (Moderators keep Wagtail's grant on the root).
HOME_PAGE_PERMISSIONS = {
    SOURCE_LANGUAGE: (EDITORS, ["add_page", "change_page"]),
    TRANSLATION_LANGUAGE: (TRANSLATORS, ["add_page", "change_page"]),
}
MODERATOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
FOOTER, QUESTION, GLOSSARY = ("core", "sitefooter"), ("feedback", "question"), ("glossary", "glossaryterm")
# Per group and (app label, model): the footer, and readers' questions (answered and published by ticking
# "published", so change_question is what answering takes).
SNIPPET_PERMISSIONS = {
    EDITORS: {
        FOOTER: ["add_sitefooter", "change_sitefooter"],
        QUESTION: ["view_question", "change_question"],
    },
    MODERATORS: {
        FOOTER: ["add_sitefooter", "change_sitefooter", "delete_sitefooter", "publish_sitefooter"],
        QUESTION: ["view_question", "change_question", "delete_question"],  # delete: spam
        GLOSSARY: ["add_glossaryterm", "change_glossaryterm", "delete_glossaryterm", "view_glossaryterm"],
    },
    # Limited to the Khmer footer by editorial.wagtail_hooks.
    TRANSLATORS: {FOOTER: ["change_sitefooter"]},
}


def permission(get, app_label, model, codename):
    content_type, _ = get("contenttypes.ContentType").objects.get_or_create(app_label=app_label, model=model)
    return get("auth.Permission").objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": codename.replace("_", " ")}
    )[0]


def page_permission(get, codename):
    return permission(get, "wagtailcore", "page", codename)


def approval_workflow(get, workflow_name, task_name):
    content_type, _ = get("contenttypes.ContentType").objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = get("wagtailcore.GroupApprovalTask").objects.filter(name=task_name).first()
    if task is None:
        task = get("wagtailcore.GroupApprovalTask").objects.create(name=task_name, content_type=content_type)
    task.groups.add(get("auth.Group").objects.get(name=MODERATORS))
    workflow, _ = get("wagtailcore.Workflow").objects.get_or_create(name=workflow_name, defaults={"active": True})
    get("wagtailcore.WorkflowTask").objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    return workflow


def create_groups(get=live_apps.get_model):
    """The three groups and everything that does not depend on a page existing."""
    group = get("auth.Group")
    editors, _ = group.objects.get_or_create(name=EDITORS)
    moderators, _ = group.objects.get_or_create(name=MODERATORS)
    translators, _ = group.objects.get_or_create(name=TRANSLATORS)
    access_admin = permission(get, "wagtailadmin", "admin", "access_admin")
    submit_translation = permission(get, "wagtail_localize", "translation", "submit_translation")
    for each in (editors, moderators, translators):
        each.permissions.add(access_admin)
    for each in (moderators, translators):
        each.permissions.add(submit_translation)
    for name, models in SNIPPET_PERMISSIONS.items():
        group.objects.get(name=name).permissions.add(
            *[permission(get, *model, codename) for model, codenames in models.items() for codename in codenames]
        )
    page_permissions = get("wagtailcore.GroupPagePermission").objects
    root = get("wagtailcore.Page").objects.get(depth=1)
    # Wagtail's own migration lets Editors edit from the root, i.e. the Khmer tree too.
    page_permissions.filter(group=editors).exclude(page__depth=2, page__locale__language_code=SOURCE_LANGUAGE).delete()
    for codename in MODERATOR_PAGE_PERMISSIONS:
        page_permissions.get_or_create(group=moderators, page=root, permission=page_permission(get, codename))
    approval_workflow(get, MODERATION_WORKFLOW, MODERATION_TASK)
    approval_workflow(get, TRANSLATION_REVIEW_WORKFLOW, TRANSLATION_REVIEW_TASK)
    attach_snippet_workflow(get, "core", "sitefooter", MODERATION_WORKFLOW)
    # Wagtail's default "Moderators approval" on the root would moderate every page of both trees.
    get("wagtailcore.WorkflowPage").objects.filter(page=root).delete()
    get("wagtailcore.Workflow").objects.filter(name="Moderators approval").update(active=False)


def attach_snippet_workflow(get, app_label, model, workflow_name):
    """Drafts of this snippet (in either language) go to a moderator, like pages."""
    content_type, _ = get("contenttypes.ContentType").objects.get_or_create(app_label=app_label, model=model)
    workflow = get("wagtailcore.Workflow").objects.get(name=workflow_name)
    get("wagtailcore.WorkflowContentType").objects.get_or_create(
        content_type=content_type, defaults={"workflow": workflow}
    )


def set_up_page(page, get=live_apps.get_model):
    """Grant the home-page permissions or attach the workflow this page carries, if any."""
    language = get("wagtailcore.Locale").objects.get(pk=page.locale_id).language_code
    if page.depth == 2 and language in HOME_PAGE_PERMISSIONS:
        group_name, codenames = HOME_PAGE_PERMISSIONS[language]
        group = get("auth.Group").objects.get(name=group_name)
        for codename in codenames:
            get("wagtailcore.GroupPagePermission").objects.get_or_create(
                group=group, page_id=page.pk, permission=page_permission(get, codename)
            )
        if language == TRANSLATION_LANGUAGE:
            attach_workflow(get, page, TRANSLATION_REVIEW_WORKFLOW)
    content_type = get("contenttypes.ContentType").objects.get(pk=page.content_type_id)
    if language == SOURCE_LANGUAGE and (content_type.app_label, content_type.model) in MODERATED_SECTIONS:
        attach_workflow(get, page, MODERATION_WORKFLOW)


def attach_workflow(get, page, workflow_name):
    workflow = get("wagtailcore.Workflow").objects.get(name=workflow_name)
    get("wagtailcore.WorkflowPage").objects.get_or_create(page_id=page.pk, defaults={"workflow": workflow})


def set_up_existing_pages(get=live_apps.get_model):
    pages = get("wagtailcore.Page").objects.filter(depth__in=[2, 3], alias_of__isnull=True)
    for page in pages:
        set_up_page(page, get)


def set_up_roles(get=live_apps.get_model):
    """Idempotent: groups, workflows, and the grants on whatever pages exist now."""
    create_groups(get)
    set_up_existing_pages(get)


def is_only_translator(user):
    """A member of Translators and of no group that may edit Vietnamese content."""
    if user.is_superuser:
        return False
    names = set(user.groups.values_list("name", flat=True))
    return TRANSLATORS in names and not names & {EDITORS, MODERATORS}
