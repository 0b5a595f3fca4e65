from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from accord.insights.selectors import dashboard_for


def dashboard(request: HttpRequest) -> HttpResponse:
    return render(request, "insights/dashboard.html", dashboard_for(user=request.user))
