"""Reports: the same results as JSON (:mod:`.json`) or for a terminal (:mod:`.text`)."""

from .json import extraction_to_dict, render_json
from .text import render_text

__all__ = ["extraction_to_dict", "render_json", "render_text"]
