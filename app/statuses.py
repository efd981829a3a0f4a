"""Status values stored in the database, as enums with the stored text as their value. Any thread.

Each domain has one meaning of "open" (a named frozenset below); code that asks "is this request
still open?" uses that set instead of spelling the statuses out again.
"""

from __future__ import annotations

from enum import StrEnum


class CardStatus(StrEnum):
    ACTIVE = "active"
    LOCKED = "locked"
    BLACKLISTED = "blacklisted"


class ProposalStatus(StrEnum):
    """A four-eyes proposal of user administration (``UserProposal.status``)."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class RequestStatus(StrEnum):
    """An authorization request (``AuthRequest.status``)."""

    PENDING = "pending"  # waiting for an authorizer
    CLAIMED = "claimed"  # an authorizer holds it (a lease)
    APPROVED = "approved"
    REJECTED = "rejected"
    RETURNED = "returned"  # back to the teller for correction
    CANCELLED = "cancelled"


# open: not settled yet, the teller or an authorizer still has to act (a second identical request
# is refused while one is open)
OPEN_REQUESTS = frozenset({RequestStatus.PENDING, RequestStatus.CLAIMED, RequestStatus.RETURNED})
# the same, as the condition of the database's partial unique index on open requests
OPEN_REQUESTS_SQL = "status IN ({})".format(", ".join(f"'{s.value}'" for s in sorted(OPEN_REQUESTS)))
# in the authorizers' queue
QUEUED_REQUESTS = frozenset({RequestStatus.PENDING, RequestStatus.CLAIMED})
# the teller may still withdraw it
CANCELLABLE_REQUESTS = frozenset({RequestStatus.PENDING, RequestStatus.RETURNED})
# decided by an authorizer (what the statistics time and rate)
DECIDED_REQUESTS = frozenset({RequestStatus.APPROVED, RequestStatus.REJECTED})
# settled for good
FINAL_REQUESTS = frozenset({RequestStatus.APPROVED, RequestStatus.REJECTED, RequestStatus.CANCELLED})


class AuthzDecision(StrEnum):
    """One authorizer's decision on one level (``AuthDecision.decision``)."""

    APPROVE = "approve"
    REJECT = "reject"
    RETURN = "return"


class PageStatus(StrEnum):
    """A captured page (``CapturedPage.status``): the pipeline's verdict, then an operator's."""

    ACCEPTED = "accepted"
    MANUAL = "manual"  # the pipeline could not classify it: an operator decides
    REJECTED = "rejected"
    OVERRIDDEN = "overridden"  # accepted by an operator
    RETAKE = "retake"  # an operator asked for a new capture
    DUPLICATE = "duplicate"  # the same file was captured before (``duplicate_of``): nothing to decide


# what the pipeline itself may decide
VERDICTS = frozenset({PageStatus.ACCEPTED, PageStatus.MANUAL, PageStatus.REJECTED})


class PageDecision(StrEnum):
    """An operator's decision on a captured page."""

    OVERRIDE = "override"
    REJECT = "reject"
    RETAKE = "retake"
