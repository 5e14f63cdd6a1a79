"""Only ``detente.nlp`` imports spaCy at run time; every other module names its types under
``TYPE_CHECKING`` (read off the source, not by importing it)."""

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "detente"


def _runtime_spacy_imports(tree: ast.AST) -> list[int]:
    """The lines of the imports of spaCy outside an ``if TYPE_CHECKING:`` block."""
    found: list[int] = []

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and isinstance(child.test, ast.Name) and child.test.id == "TYPE_CHECKING":
                for other in child.orelse:
                    walk(other)
                continue
            if isinstance(child, ast.Import):
                modules = [a.name for a in child.names]
            elif isinstance(child, ast.ImportFrom):
                modules = [child.module or ""]
            else:
                modules = []
            if any(m.split(".")[0] == "spacy" for m in modules):
                found.append(child.lineno)
            walk(child)

    walk(tree)
    return found


def test_only_nlp_imports_spacy_at_run_time():
    offending = {str(path.relative_to(SRC)): lines for path in sorted(SRC.rglob("*.py"))
                 if path.name != "nlp.py" and (lines := _runtime_spacy_imports(ast.parse(path.read_text())))}
    assert offending == {}


def test_an_import_under_type_checking_is_not_one_at_run_time():
    source = "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from spacy.tokens import Token\n" \
             "def f():\n    import spacy\n"
    assert _runtime_spacy_imports(ast.parse(source)) == [5]
