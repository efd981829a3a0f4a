"""The thresholds of the analysis, in one place: when a group is large enough to be named, when a
change counts as a change, and when a figure is marked as a warning (in the KPI block and in the
findings alike). Pure data, any thread."""

from __future__ import annotations

MIN_GROUP = 5  # a finding about a group needs at least this many requests or timed decisions

# a change below these is "flat"
FLAT_RATE_DELTA = 0.0005  # approval rate, as a fraction (0.05 points)
FLAT_MEDIAN_DELTA_S = 3.0  # median time to decision, seconds

# warnings on the previous quarter
APPROVAL_DROP_WARN = 0.02  # the approval rate fell by more than this (2 points)
MEDIAN_RISE_WARN = 0.2  # the median time to decision rose by more than this share of the previous one

# warnings on the quarter itself
GROUP_RATE_WARN = 2.0  # a business type's rejection or a teller's return rate over this many times overall
SLOW_AUTHORIZER_WARN = 1.5  # an authorizer's median response over this many times everyone's
BUSY_AUTHORIZER_SHARE = 0.4  # one authorizer took at least this share of the decisions: a finding
BUSY_AUTHORIZER_WARN = 0.6  # ... and a warning from this share
