"""The alarm system (issue 12; design in ``docs/design/alarms.md``). No Qt, any thread.

- ``lifecycle``: the ISA-18.2 states and which transition leads where (pure);
- ``rules``: the rule set, a versioned JSON document checked field by field at save (pure);
- ``app.services.alarms``: the one API other services raise alarms through, and the operators'
  transitions (acknowledge, shelve, out of service, clear), each a compare-and-set in the database,
  journaled and audited.
"""
