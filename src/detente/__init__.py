"""detente: code international news into political event data, with evidence."""

from detente.api import code_paths, code_text, ingest_paths, make_coder
from detente.model import Actor, Article, CodedArticle, Event, Quote
from detente.pipeline import Coder, StepError

__version__ = "0.1.0"

__all__ = ["Actor", "Article", "CodedArticle", "Coder", "Event", "Quote", "StepError", "code_paths", "code_text",
           "ingest_paths", "make_coder", "__version__"]
