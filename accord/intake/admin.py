from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accord.intake.models import Proposal, Source


class ProposalInline(admin.TabularInline):
    model = Proposal
    extra = 0
    fields = ["position", "kind", "status", "confidence", "data"]
    readonly_fields = ["position", "kind", "confidence", "data"]
    can_delete = False


@admin.register(Source)
class SourceAdmin(SimpleHistoryAdmin):
    list_display = ["title", "published", "kind", "created_at"]
    list_filter = ["kind"]
    search_fields = ["title", "origin", "text"]
    readonly_fields = ["checksum", "created_at", "created_by"]
    date_hierarchy = "created_at"
    inlines = [ProposalInline]


@admin.register(Proposal)
class ProposalAdmin(SimpleHistoryAdmin):
    list_display = ["source", "position", "kind", "status", "confidence"]
    list_filter = ["kind", "status"]
    search_fields = ["source__title"]
    raw_id_fields = ["source", "organisation", "agreement", "event"]
