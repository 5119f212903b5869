"""Draft checker: what a deeds report lacks and what is wrong in it, before it is submitted.

>>> from deedsnlp.check import check
>>> report = check(load_text(draft), "school", year=2023)     # doctest: +SKIP
>>> report.to_dict()["missing_sections"]                       # doctest: +SKIP

:func:`check` labels the draft's passages with the section classifier and reports, under a
*profile* (:mod:`.profiles`, ``deedsnlp/data/profiles.yaml``):

* the sections present (with their headings), the required and recommended sections missing, and
  the weak ones (a single short passage, or no concrete number, date or example);
* findings ``{"kind", "message", "text", "line", "severity"}`` (``line``: 1-based input line).

Severities, and why:

``error`` — the draft must not be submitted as it is:
    ``numeric_inconsistency`` (a total that is not the sum of its parts, a share above 100 %,
    ``由X增加到Y`` with Y < X, one count stated two ways: a reviewer checks the figures first);
    ``scrape_residue`` (watermarks, related-article tails, spam, HTML copied from a sample site);
    ``mask`` (``加**部``: censored characters left from a scraped page).
``warning`` — worth fixing, the draft can stand without it:
    ``stale_term`` (a campaign or congress line out of date for the report year), ``placeholder``
    (``xx``, ``20xx``, ``某某``), ``boilerplate`` (stock sentences copied verbatim), and
    ``duplicate_paragraph``.
``info`` — for the clerk's attention: ``outline_gap`` (heading numbers that skip), ``no_year``
    (no report year found: policy terms unchecked), ``residue_unchecked`` (the cleaner missing).

A missing *required* section is not a finding: it is listed in ``missing_sections``. The draft
passes (:attr:`CheckReport.passed`, exit code 0 of ``deedsnlp check``) when no required section
is missing and no finding is an error.
"""

from .checker import Checker, check, default_checker
from .profiles import CORE_SECTIONS, Profile, ProfileError, load_profile, profile_names, shipped_profiles
from .report import KIND_SEVERITY, SEVERITIES, CheckReport, SectionStatus

__all__ = [
    "CORE_SECTIONS", "CheckReport", "Checker", "KIND_SEVERITY", "Profile", "ProfileError", "SEVERITIES",
    "SectionStatus", "check", "default_checker", "load_profile", "profile_names", "shipped_profiles",
]
