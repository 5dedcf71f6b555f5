"""The shape of the code: no import cycles, each room imports only what its docstring allows,
modules stay small, and no sibling modules named as variants of each other (views_x.py).

Rooms are the packages and modules whose docstring has a line "May import: a, b." naming the
project packages (or modules) that their code may import, beside itself; "May import: nothing
of the project." allows none. Everything else (Django, libraries) is free.
"""

import ast
import re
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PROJECT_PACKAGES = ("operations", "participants", "jadsite")
CODE_AND_TESTS = (*PROJECT_PACKAGES, "tests", "bench")
MAX_LINES = 420  # "about 400"
MAY_IMPORT = re.compile(r"^May import:(?P<names>.*?)(?:\n\s*\n|\Z)", re.MULTILINE | re.DOTALL)


def module_name(path):
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def project_files():
    return {
        module_name(path): path
        for package in PROJECT_PACKAGES
        for path in (ROOT / package).rglob("*.py")
        if "migrations" not in path.parts
    }


def imported_modules(module, path):
    """The project modules `module` imports, anywhere in it (inside functions too)."""
    modules = project_files()
    is_package = path.name == "__init__.py"
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base if is_package else base[:-1]
                base = base[: len(base) - node.level + 1]
                origin = ".".join([*base, node.module] if node.module else base)
            else:
                origin = node.module
            # `from package import module` imports the module; `from module import name` the module.
            names = [f"{origin}.{alias.name}" for alias in node.names if f"{origin}.{alias.name}" in modules]
            names = names or [origin]
        else:
            continue
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != module:
                found.add(name)
    return found


@cache
def import_graph():
    return {module: imported_modules(module, path) for module, path in project_files().items()}


def strongly_connected(graph):
    """Tarjan's algorithm: the groups of modules that import each other, directly or not."""
    index, low, stack, on_stack, groups = {}, {}, [], set(), []

    def visit(node):
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_no_module_imports_itself_back():
    assert strongly_connected(import_graph()) == []


def test_the_cycle_finder_finds_a_cycle():
    assert strongly_connected({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@cache
def rooms():
    """{room: allowed prefixes} from the docstrings that say "May import:"."""
    declared = {}
    for module, path in project_files().items():
        docstring = ast.get_docstring(ast.parse(path.read_text())) or ""
        match = MAY_IMPORT.search(docstring)
        if match:
            names = " ".join(match["names"].split()).rstrip(".")
            allowed = [] if names.startswith("nothing") else [name.strip() for name in names.split(",")]
            declared[module] = allowed
    return declared


def within(module, prefix):
    return module == prefix or module.startswith(prefix + ".")


def room_breaches(graph, declared):
    """Each import from inside a room to a module the room neither contains nor declares."""
    breaches = []
    for module, targets in graph.items():
        containing = [room for room in declared if within(module, room)]
        if not containing:
            continue
        room = max(containing, key=len)
        for target in sorted(targets):
            if not within(target, room) and not any(within(target, allowed) for allowed in declared[room]):
                breaches.append(f"{module} imports {target}, which {room} does not declare")
    return breaches


def test_the_rooms_are_declared():
    for room in (
        "operations.models",
        "operations.quality",
        "operations.review",
        "operations.spreadsheets",
        "operations.public",
        "operations.opendata",
        "operations.admin",
        "operations.api",
        "operations.demo",
        "participants.models",
        "participants.public",
        "participants.spreadsheets",
    ):
        assert room in rooms(), f"{room} says nothing of what it may import"


def test_each_room_imports_only_what_it_declares():
    assert room_breaches(import_graph(), rooms()) == []


def test_a_breach_is_found():
    graph = {"app.models.a": {"app.models.b", "app.public.views"}, "app.public.views": {"app.models.a"}}
    declared = {"app.models": [], "app.public": ["app.models"]}
    assert room_breaches(graph, declared) == [
        "app.models.a imports app.public.views, which app.models does not declare"
    ]


def test_the_records_import_neither_the_public_site_nor_spreadsheets():
    records = [module for module in import_graph() if within(module, "operations.models")]
    assert records
    for module in records:
        for target in import_graph()[module]:
            assert not within(target, "operations.public"), module
            assert not within(target, "operations.spreadsheets"), module


def source_files():
    for folder in CODE_AND_TESTS:
        for path in (ROOT / folder).rglob("*.py"):
            if "migrations" not in path.parts and not any(part.startswith(".") for part in path.parts):
                yield path


@pytest.mark.parametrize("path", sorted(source_files()), ids=lambda path: str(path.relative_to(ROOT)))
def test_modules_stay_small(path):
    lines = len(path.read_text().splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines: two rooms in one?"


def variant_names(folder):
    """Modules named as a variant of a sibling: views_compare.py beside views.py."""
    names = {path.stem for path in folder.glob("*.py")}
    variants = set()
    for name in names:
        for part in (name.split("_")[0], name.split("_")[-1]) if "_" in name else ():
            for sibling in (part, part + "s", part.removesuffix("s")):
                if sibling != name and sibling in names:
                    variants.add(f"{name}.py beside {sibling}.py")
    return sorted(variants)


def test_no_sibling_modules_named_as_variants():
    folders = {path.parent for path in source_files()}
    assert [f"{folder.relative_to(ROOT)}: {variant}" for folder in folders for variant in variant_names(folder)] == []


def test_variant_names_are_found(tmp_path):
    for name in ("views.py", "views_compare.py", "comparison.py", "comparison_export.py", "exports.py"):
        (tmp_path / name).write_text("")
    assert sorted(variant_names(tmp_path)) == [
        "comparison_export.py beside comparison.py",
        "comparison_export.py beside exports.py",
        "views_compare.py beside views.py",
    ]
