"""Reading YAML that someone else wrote: knowledge files, configuration, question sets.

Only the safe loader is used (tags that would build Python objects are refused), and anchors and
aliases (`&name`, `*name`) are refused after composing and before any object is built. A file
of a few hundred bytes can otherwise alias itself into billions of objects (an "alias bomb");
none of these files needs them.
"""
from __future__ import annotations

from typing import Any

import yaml

Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""The C-accelerated safe loader where PyYAML has it, else the pure-Python one."""


class YamlError(Exception):
    """YAML that is refused: `line` (1-based, when known) and a one-line `reason`."""

    def __init__(self, reason: str, line: int | None = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.line = line


def load_yaml(text: str) -> tuple[Any, Any]:
    """(data, root node) of one YAML document; YamlError when it is invalid or uses aliases."""
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        raise YamlError(f"not valid YAML: {exc.problem or exc.context}", mark.line + 1 if mark else None) from None
    except yaml.YAMLError as exc:
        raise YamlError(f"not valid YAML: {str(exc).splitlines()[0]}") from None
    if node is None:
        return None, None
    shared = _first_shared(node)
    if shared is not None:
        raise YamlError("anchors and aliases (&name, *name) are not allowed", shared.start_mark.line + 1)
    try:
        data = Loader("").construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise YamlError(f"not valid YAML: {getattr(exc, 'problem', None) or exc}", mark.line + 1 if mark else None) from None
    return data, node


def safe_load(text: str) -> Any:
    """The data of one YAML document (see `load_yaml`)."""
    return load_yaml(text)[0]


def _first_shared(root: Any) -> Any:
    """A node reached twice (an alias points at it), or None. Each node is visited once."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return node
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return None
