from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from accord.activities.models import Activity, Event, EventParticipant, Visit


class ParticipantInline(admin.TabularInline):
    model = EventParticipant
    extra = 0
    autocomplete_fields = ["organisation"]


class VisitInline(admin.TabularInline):
    model = Visit
    extra = 0
    autocomplete_fields = ["visitor", "host_unit"]


@admin.register(Event)
class EventAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "starts_on", "city", "host"]
    list_filter = ["kind", "alliance", "country"]
    search_fields = ["title", "place", "city", "host__name"]
    autocomplete_fields = ["host", "alliance"]
    date_hierarchy = "starts_on"
    inlines = [ParticipantInline, VisitInline]


@admin.register(EventParticipant)
class EventParticipantAdmin(SimpleHistoryAdmin):
    list_display = ["organisation", "role", "event"]
    list_filter = ["role"]
    search_fields = ["organisation__name", "event__title"]
    autocomplete_fields = ["event", "organisation"]


@admin.register(Visit)
class VisitAdmin(SimpleHistoryAdmin):
    list_display = ["visitor", "host_unit", "event"]
    search_fields = ["visitor__name", "event__title"]
    autocomplete_fields = ["event", "visitor", "host_unit"]


@admin.register(Activity)
class ActivityAdmin(SimpleHistoryAdmin):
    list_display = ["title", "kind", "agreement", "starts_on", "ends_on", "participants"]
    list_filter = ["kind"]
    search_fields = ["title", "outcome", "agreement__title"]
    autocomplete_fields = ["agreement", "organisations"]
    date_hierarchy = "starts_on"
