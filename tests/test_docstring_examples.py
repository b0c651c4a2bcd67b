"""The examples in debatekit's docstrings run and print what they show (the API's documentation)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import debatekit

MODULES = sorted(m.name for m in pkgutil.walk_packages(debatekit.__path__, "debatekit."))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(
        module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE, verbose=False
    )
    assert result.failed == 0, f"{result.failed} of {result.attempted} docstring examples fail in {name}"
