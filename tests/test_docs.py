"""Documentation matches the code: every command, option and output field is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from detente.cli import main
from detente.schema import article_schema

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
OUTPUT_DOC = (ROOT / "docs" / "output.md").read_text(encoding="utf-8")


def test_docs_readme_opens_with_the_two_commands():
    commands = [line.split("#")[0].strip() for line in README.split("```")[1].splitlines()[1:] if line.strip()]
    assert commands == ["make demo", "make test"]


@pytest.mark.parametrize("name", sorted(main.commands))
def test_docs_every_command_is_in_readme(name):
    assert f"detente {name}" in README


@pytest.mark.parametrize("option", sorted({opt for cmd in main.commands.values() for param in cmd.params
                                           for opt in getattr(param, "opts", []) if opt.startswith("--")}))
def test_docs_every_option_is_in_readme(option):
    assert option in README


def _fields(schema, prefix=""):
    for name, sub in schema.get("properties", {}).items():
        yield name
        for option in [sub, *sub.get("anyOf", []), sub.get("items", {})]:
            if isinstance(option, dict):
                yield from _fields(option.get("items", option))


@pytest.mark.parametrize("field", sorted(set(_fields(article_schema()))))
def test_docs_every_output_field_is_documented(field):
    assert f"`{field}`" in OUTPUT_DOC
