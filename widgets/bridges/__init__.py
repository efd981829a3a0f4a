"""Qt bridges: the one way from producer threads back to the GUI thread.

Reader, ingestion, watcher, camera and hot-folder threads never touch widgets. They post to the
coalescers of ``widgets.bridges.coalesce`` (append under a lock, one queued wake-up while one is
pending), and the GUI thread receives batches or latest values at most a few times a second:

- ``tracking``: tracking events and reader health (``READER_STATUS`` events) for the map, the
  reader health dock and the status bar; pipeline counters on a slow timer;
- ``authz``: the authorization watcher's changed request ids and its connection state;
- ``capture``: the capture sources' ingested changes, failures, status snapshots, preview frames;
- ``database``: the database health probe (a plain ``widgets.workers.Worker`` round trip).
"""
