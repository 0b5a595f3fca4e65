"""The docs say what is true: every Accord command and setting is documented."""

from pathlib import Path

from django.conf import settings
from django.core.management import get_commands

ROOT = Path(__file__).resolve().parent.parent


def test_every_accord_command_is_in_the_cli_docs() -> None:
    cli = (ROOT / "docs" / "cli.md").read_text()
    ours = [name for name, app in get_commands().items() if app.startswith("accord.")]
    assert ours, "no Accord commands found"
    missing = [name for name in ours if f"`accord {name}" not in cli]
    assert not missing, f"undocumented commands: {missing}"


def test_every_accord_setting_is_in_the_architecture_docs() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text()
    source = (ROOT / "accord" / "settings.py").read_text()
    names = {
        word.strip("\"'(),.:")
        for word in source.split()
        if word.strip("\"'(),.:").startswith("ACCORD_")
    }
    names.add("DATABASE_URL")
    missing = sorted(n for n in names if f"`{n}`" not in text)
    assert not missing, f"undocumented settings: {missing}"


def test_the_readme_quick_start_is_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme
    assert settings.LANGUAGES  # the interface languages are configured
