"""Vendor-quote comparison engine: files -> QuoteSet -> score(profile) -> Result. No UI here."""
from .errors import QuoteError
from .load import build_quoteset, load, read_files
from .model import Profile, Quote, QuoteSet
from .scoring import Result, VendorResult, score

__all__ = ["QuoteError", "Profile", "Quote", "QuoteSet", "Result", "VendorResult", "build_quoteset", "load",
           "read_files", "score"]
