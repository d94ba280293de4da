from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("QUOTECHECK_SHARED", ROOT.parent / "shared"))
CORPUS = ROOT / "corpora"


@pytest.fixture(scope="session")
def settings():
    from quotecheck import Settings

    return Settings()


@pytest.fixture
def write(tmp_path):
    """Write bytes or text to a file in a temporary folder; return its path as str."""

    def _write(name: str, content: bytes | str, encoding: str = "utf-8") -> str:
        p = tmp_path / name
        if isinstance(content, str):
            content = content.encode(encoding)
        p.write_bytes(content)
        return str(p)

    return _write
