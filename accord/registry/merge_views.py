"""The secretariat's pages for duplicate organisations: the likely pairs, and merging one
record into another (choose, confirm with what will move, merge). The rules are in
`merge.py`; who may is `permissions.can_merge_organisations`."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from accord.core.permissions import can_merge_organisations, require
from accord.core.views import int_param
from accord.registry.duplicates import CHECKED, duplicates_page, duplicates_scan
from accord.registry.forms import MergeForm
from accord.registry.merge import MergePlan, organisation_merge, organisation_merge_plan
from accord.registry.models import Organisation


@require_http_methods(["GET", "POST"])
@login_required
def duplicates_view(request: HttpRequest) -> HttpResponse:
    """GET: the pairs found (from the cache when fresh); POST: look again."""
    require(can_merge_organisations(request.user))
    if request.method == "POST":
        duplicates_scan(refresh=True)
        return redirect("registry:duplicates")
    scan = duplicates_scan()
    page = duplicates_page(scan, page=int_param(request.GET, "page", 1))
    context = {"scan": scan, "page": page, "limit": CHECKED}
    return render(request, "registry/duplicates.html", context)


@require_http_methods(["GET", "POST"])
@login_required
def organisation_merge_view(request: HttpRequest, pk: int) -> HttpResponse:
    """GET without `other`: choose the record to merge into this one. GET with it: what
    would move, and a button. POST: merge, then go to the record kept."""
    require(can_merge_organisations(request.user))
    keep = get_object_or_404(Organisation, pk=pk)
    data = request.POST if request.method == "POST" else request.GET
    form = MergeForm(data if "other" in data else None, keep=keep)
    if not form.is_valid():
        status = 400 if form.is_bound else 200
        return render(request, "registry/merge.html", {"keep": keep, "form": form}, status=status)
    other = form.cleaned_data["other"]
    if request.method == "POST":
        try:
            plan = organisation_merge(keep=keep, other=other, actor=request.user)
        except ValidationError as error:
            refused = organisation_merge_plan(keep=keep, other=other)
            refused.problems = refused.problems or error.messages
            return _confirm_page(request, refused, status=400)
        messages.success(
            request,
            _("%(other)s was merged into %(keep)s (moved: %(moved)s).")
            % {"other": other, "keep": plan.keep, "moved": plan.summary() or _("nothing")},
        )
        return redirect("registry:detail", pk=keep.pk)
    return _confirm_page(request, organisation_merge_plan(keep=keep, other=other))


def _confirm_page(request: HttpRequest, plan: MergePlan, *, status: int = 200) -> HttpResponse:
    return render(request, "registry/merge_confirm.html", {"plan": plan}, status=status)
