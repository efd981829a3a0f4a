"""The suite server (``bank-suite serve``): the services behind an ASGI app, the only holder of the
database credential in a shared deployment. See ``app.server.asgi``."""
