"""Django's makemessages, also reading `_lazy(...)`: Accord's name for gettext_lazy in forms
and models (xgettext knows only the standard names)."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    xgettext_options = [*makemessages.Command.xgettext_options, "--keyword=_lazy"]
