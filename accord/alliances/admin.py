from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accord.alliances.models import Alliance, Counterpart, Membership


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["organisation"]


class CounterpartInline(admin.TabularInline):
    model = Counterpart
    extra = 0
    autocomplete_fields = ["organisation", "host_unit"]


@admin.register(Alliance)
class AllianceAdmin(SimpleHistoryAdmin):
    list_display = ["name", "acronym", "parent", "founded_on", "secretariat"]
    list_filter = ["parent"]
    search_fields = ["name", "acronym", "slug"]
    prepopulated_fields = {"slug": ["acronym"]}
    autocomplete_fields = ["parent", "lead_organisation", "lead_unit", "secretariat"]
    inlines = [MembershipInline, CounterpartInline]


@admin.register(Membership)
class MembershipAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "alliance", "role", "joined_on", "left_on"]
    list_filter = ["role", "alliance", "organisation__country"]
    search_fields = ["organisation__name", "alliance__name"]
    autocomplete_fields = ["organisation", "alliance"]
    date_hierarchy = "joined_on"


@admin.register(Counterpart)
class CounterpartAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "host_unit", "alliance", "since"]
    list_filter = ["alliance"]
    search_fields = ["organisation__name", "host_unit__name"]
    autocomplete_fields = ["organisation", "host_unit", "alliance", "liaisons"]
