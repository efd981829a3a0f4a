"""Synthetic Chinese bank vouchers with known ground truth, for tests, benchmarks and demos. Any
thread (fonts are cached per thread; the cached form backgrounds are read-only).

A voucher is drawn from its ``Template``: the printed form (``form``: tinted security paper with
guilloche lines, the bank's logo and name, the title, the table ruling and the labels, all in the
copy's form colour), then the values from ``data`` (realistic names, accounts, amounts): printed and
hand-written text and the QR code (``ink``), a red seal (``seal``); ``voucher.render_voucher`` puts
them together. ``scan`` lays it on a scanner or a desk and degrades it as scanners and cameras do;
``sets`` writes degraded sets with a manifest, a document-camera video and hostile files.
Coordinates follow the edge convention of ``geometry``; every image comes with the homography
template mm -> image px.

Command line: ``python -m imaging.synth --out DIR [--count N] [--seed S] [--video FILE] [--bad]``.
"""
