from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from accord.agreements.models import Agreement, Area, Document, Party, Signature
from accord.agreements.status import statuses_ensure_fresh


class PartyInline(admin.TabularInline):
    model = Party
    extra = 0
    autocomplete_fields = ["organisation", "unit"]


class SignatureInline(admin.TabularInline):
    model = Signature
    extra = 0
    autocomplete_fields = ["contact"]


class DocumentInline(admin.TabularInline):
    model = Document
    extra = 0
    fields = ["filename", "file", "size", "sha256"]
    readonly_fields = ["size", "sha256"]


@admin.register(Agreement)
class AgreementAdmin(SimpleHistoryAdmin):
    list_display = [
        "title",
        "kind",
        "state",
        "status",
        "signed_on",
        "in_force_until",
        "confidentiality",
    ]
    list_filter = ["status", "state", "kind", "confidentiality", "alliance", "areas"]
    search_fields = ["title", "reference", "summary", "parties__organisation__name"]
    autocomplete_fields = ["supersedes", "alliance", "signing_event"]
    filter_horizontal = ["areas"]
    date_hierarchy = "signed_on"
    readonly_fields = ["status", "last_activity_on"]
    inlines = [PartyInline, SignatureInline, DocumentInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet[Agreement]:
        statuses_ensure_fresh()
        return super().get_queryset(request)


@admin.register(Party)
class PartyAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "unit", "role", "agreement"]
    list_filter = ["role", "organisation__kind"]
    search_fields = ["organisation__name", "agreement__title"]
    autocomplete_fields = ["agreement", "organisation", "unit"]


@admin.register(Signature)
class SignatureAdmin(SimpleHistoryAdmin):
    list_display = ["contact", "capacity", "party", "agreement", "signed_on"]
    search_fields = ["contact__name", "agreement__title"]
    autocomplete_fields = ["agreement", "party", "contact"]


@admin.register(Area)
class AreaAdmin(SimpleHistoryAdmin):
    list_display = ["name", "code", "parent"]
    list_filter = ["parent"]
    search_fields = ["name", "code"]


@admin.register(Document)
class DocumentAdmin(SimpleHistoryAdmin):
    list_display = ["filename", "agreement", "size", "uploaded_at"]
    search_fields = ["filename", "text", "agreement__title"]
    readonly_fields = ["sha256", "size", "text"]
    autocomplete_fields = ["agreement"]
