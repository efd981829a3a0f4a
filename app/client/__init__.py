"""The workstation's side of the suite server: the pinned connection with fail-over
(``transport``), the service proxy the docks call as if the services were in-process (``proxy``) and
the push stream (``push``). No Qt; the GUI's bridges wrap these."""
