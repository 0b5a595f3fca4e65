from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accord.registry.models import Contact, Identifier, Organisation, OrgName, OrgRelation, Unit


class OrgNameInline(admin.TabularInline):
    model = OrgName
    extra = 0


class IdentifierInline(admin.TabularInline):
    model = Identifier
    extra = 0


class UnitInline(admin.TabularInline):
    model = Unit
    extra = 0
    fields = ["name", "kind", "parent"]
    show_change_link = True


class RelationInline(admin.TabularInline):
    model = OrgRelation
    fk_name = "source"
    extra = 0
    autocomplete_fields = ["target"]


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "country", "city", "status"]
    list_filter = ["kind", "status", "country"]
    search_fields = ["name", "names__value", "identifiers__value", "city"]
    autocomplete_fields = ["merged_into"]
    inlines = [OrgNameInline, IdentifierInline, UnitInline, RelationInline]
    show_full_result_count = False


@admin.register(OrgName)
class OrgNameAdmin(SimpleHistoryAdmin):
    list_display = ["value", "type", "language", "organisation"]
    list_filter = ["type", "language"]
    search_fields = ["value", "organisation__name"]
    autocomplete_fields = ["organisation"]


@admin.register(Identifier)
class IdentifierAdmin(SimpleHistoryAdmin):
    list_display = ["scheme", "value", "organisation"]
    list_filter = ["scheme"]
    search_fields = ["value", "organisation__name"]
    autocomplete_fields = ["organisation"]


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "organisation", "parent"]
    list_filter = ["kind"]
    search_fields = ["name", "organisation__name"]
    autocomplete_fields = ["organisation", "parent"]


@admin.register(OrgRelation)
class OrgRelationAdmin(SimpleHistoryAdmin):
    list_display = ["source", "type", "target"]
    list_filter = ["type"]
    search_fields = ["source__name", "target__name"]
    autocomplete_fields = ["source", "target"]


@admin.register(Contact)
class ContactAdmin(SimpleHistoryAdmin):
    list_display = ["name", "title", "organisation", "unit", "email"]
    search_fields = ["name", "title", "email", "organisation__name"]
    list_filter = ["organisation__country"]
    autocomplete_fields = ["organisation", "unit"]
