"""Translated names for region kinds, anchors, keying modes and template validation problems.
GUI thread (looked up at call time)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from imaging.templates import TemplateError
from widgets.docks.template_editor.draft import region_error


def kind_text(kind: str) -> str:
    texts = {
        "account": QCoreApplication.translate("TemplateTexts", "Account"),
        "amount_figures": QCoreApplication.translate("TemplateTexts", "Amount in figures"),
        "amount_words": QCoreApplication.translate("TemplateTexts", "Amount in words"),
        "date": QCoreApplication.translate("TemplateTexts", "Date"),
        "name": QCoreApplication.translate("TemplateTexts", "Name"),
        "number": QCoreApplication.translate("TemplateTexts", "Voucher number"),
        "seal": QCoreApplication.translate("TemplateTexts", "Seal"),
        "text": QCoreApplication.translate("TemplateTexts", "Text"),
        "qr": QCoreApplication.translate("TemplateTexts", "QR code"),
    }
    return texts.get(kind, kind)


def anchor_text(anchor: str) -> str:
    if anchor == "qr":
        return QCoreApplication.translate("TemplateTexts", "QR code")
    return QCoreApplication.translate("TemplateTexts", "Page outline")


def keying_text(mode: str) -> str:
    if mode == "whole":
        return QCoreApplication.translate("TemplateTexts", "Whole-voucher keying")
    return QCoreApplication.translate("TemplateTexts", "Slice keying")


def problem_text(error: TemplateError) -> str:
    """Where and what, e.g. "Region 3, name: used twice"."""
    problems = {
        "format": QCoreApplication.translate("TemplateTexts", "wrong format"),
        "size": QCoreApplication.translate("TemplateTexts", "wrong size"),
        "choice": QCoreApplication.translate("TemplateTexts", "not one of the choices"),
        "required": QCoreApplication.translate("TemplateTexts", "missing"),
        "duplicate": QCoreApplication.translate("TemplateTexts", "used twice"),
        "outside": QCoreApplication.translate("TemplateTexts", "lies outside the page"),
        "type": QCoreApplication.translate("TemplateTexts", "must be a number"),
        "json": QCoreApplication.translate("TemplateTexts", "not a valid definition"),
    }
    special = {
        ("code", "format"): QCoreApplication.translate(
            "TemplateTexts", "Code: 2 to 8 capital letters or digits (as in the QR code's type field)"
        ),
        ("width_mm", "size"): QCoreApplication.translate(
            "TemplateTexts", "Page size: width and height must be 20 to 420 mm"
        ),
        ("qr", "size"): QCoreApplication.translate("TemplateTexts", "QR code box: must be square"),
        ("qr", "required"): QCoreApplication.translate(
            "TemplateTexts", "QR code box: a template anchored on the QR code needs one"
        ),
        ("regions", "required"): QCoreApplication.translate(
            "TemplateTexts", "Regions: draw at least one region"
        ),
        ("regions", "type"): QCoreApplication.translate("TemplateTexts", "Regions: not a list"),
    }
    if (error.field, error.problem) in special:
        return special[(error.field, error.problem)]
    problem = problems.get(error.problem, error.problem)
    where = region_error(error)
    if where is not None:
        row, part = where
        parts = {
            "name": QCoreApplication.translate("TemplateTexts", "name (letters, digits, _; unique)"),
            "kind": QCoreApplication.translate("TemplateTexts", "kind"),
            "box": QCoreApplication.translate("TemplateTexts", "position and size"),
        }
        return (
            QCoreApplication.translate("TemplateTexts", "Region %1, %2: %3")
            .replace("%1", str(row + 1))
            .replace("%2", parts.get(part, part))
            .replace("%3", problem)
        )
    fields = {
        "code": QCoreApplication.translate("TemplateTexts", "Code"),
        "width_mm": QCoreApplication.translate("TemplateTexts", "Page size"),
        "height_mm": QCoreApplication.translate("TemplateTexts", "Page size"),
        "anchor": QCoreApplication.translate("TemplateTexts", "Anchor"),
        "keying": QCoreApplication.translate("TemplateTexts", "Keying"),
        "qr": QCoreApplication.translate("TemplateTexts", "QR code box"),
        "version": QCoreApplication.translate("TemplateTexts", "Version"),
    }
    return f"{fields.get(error.field.split('.')[0], error.field)}: {problem}"
