"""Image capture, quality checks, QR decoding, templates and slicing. Never imports Qt."""
