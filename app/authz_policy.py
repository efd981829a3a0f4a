"""Authorization rules and limits (集中授权规则与限额): which business needs whose authorization.
Pure data and functions, any thread.

A policy is a JSON document, versioned in the database (``auth_policy_versions``):

    {"business": {"CASH_WD": {"name_zh": "现金取款", "name_en": "Cash withdrawal",
                              "images": ["id_card", "voucher"], "priority": 5,
                              "authorize_over": 5000000, "remote_over": 20000000,
                              "two_level_over": 100000000}},
     "limits": {"roles": {"teller": {"CNY": {"*": {"input": 50000000, "authorize": 0}}}},
                "users": {"wang": {"CNY": {"CASH_WD": {"input": 80000000, "authorize": 0}}}}}}

Amounts are in fen (cents). For one request of ``amount``:
- above the teller's *input* limit: refused (beyond what they may even enter);
- up to ``authorize_over``: no authorization needed;
- above it: one authorizer, at this workstation (local) or through the center (remote);
- above ``remote_over``: remote only; above ``two_level_over``: two different authorizers.
``"dispatch": "push"`` offers each new remote request first to the least-loaded signed-in authorizer
who takes that business and may decide the amount; ``"pull"`` (default) leaves it in the shared queue.
An authorizer may decide only up to their own *authorize* limit. A user's own limits, where set,
replace their roles' for that currency and business; otherwise the most generous role counts; a
business-specific entry wins over ``"*"``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

LOCAL, REMOTE = "local", "remote"
PULL, PUSH = "pull", "push"


class PolicyError(ValueError):
    def __init__(self, message: str, *, field: str, problem: str) -> None:
        super().__init__(message)
        self.field = field
        self.problem = problem


@dataclass(frozen=True)
class Business:
    code: str
    name_zh: str
    name_en: str
    images: tuple[str, ...]
    priority: int  # 1 (low) - 9 (urgent)
    authorize_over: int
    remote_over: int
    two_level_over: int


@dataclass(frozen=True)
class Limit:
    input: int
    authorize: int


@dataclass(frozen=True)
class Route:
    needs_authorization: bool
    modes: tuple[str, ...]  # the modes the teller may choose from
    levels: int  # authorizers needed (0, 1 or 2)


@dataclass(frozen=True)
class Policy:
    business: dict[str, Business]
    role_limits: dict[str, dict[str, dict[str, Limit]]]  # role -> currency -> business|"*" -> limit
    user_limits: dict[str, dict[str, dict[str, Limit]]]  # username -> ...
    source: dict[str, Any]
    dispatch: str = PULL  # pull: authorizers take from the shared queue; push: offered to one first

    def to_json(self) -> str:
        return json.dumps(self.source, ensure_ascii=False, sort_keys=True)

    def limit(self, username: str, roles: frozenset[str] | set[str], currency: str, business: str) -> Limit:
        own = self.user_limits.get(username, {}).get(currency)
        if own is not None:
            found = own.get(business) or own.get("*")
            if found is not None:
                return found
        best = Limit(0, 0)
        for role in roles:
            table = self.role_limits.get(role, {}).get(currency, {})
            lim = table.get(business) or table.get("*")
            if lim is not None:
                best = Limit(max(best.input, lim.input), max(best.authorize, lim.authorize))
        return best

    def route(self, business: str, amount: int) -> Route:
        rule = self.business.get(business)
        if rule is None:
            raise PolicyError(f"unknown business type {business}", field="business_type", problem="choice")
        if amount <= rule.authorize_over:
            return Route(False, (), 0)
        if amount > rule.two_level_over:
            return Route(True, (REMOTE,), 2)
        if amount > rule.remote_over:
            return Route(True, (REMOTE,), 1)
        return Route(True, (LOCAL, REMOTE), 1)


def _amount(data: dict[str, Any], key: str, where: str) -> int:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise PolicyError(
            f"{where}.{key} must be a whole number of fen >= 0", field=f"{where}.{key}", problem="type"
        )
    return value


def _limits(raw: Any, where: str) -> dict[str, dict[str, dict[str, Limit]]]:
    if not isinstance(raw, dict):
        raise PolicyError(f"{where} must be an object", field=where, problem="type")
    out: dict[str, dict[str, dict[str, Limit]]] = {}
    for who, currencies in raw.items():
        if not isinstance(currencies, dict):
            raise PolicyError(f"{where}.{who} must be an object", field=f"{where}.{who}", problem="type")
        for currency, table in currencies.items():
            if len(currency) != 3 or not currency.isupper() or not isinstance(table, dict):
                raise PolicyError(
                    f"{where}.{who}.{currency}: currency code", field=f"{where}.{who}", problem="format"
                )
            for business, lim in table.items():
                at = f"{where}.{who}.{currency}.{business}"
                if not isinstance(lim, dict):
                    raise PolicyError(f"{at} must be an object", field=at, problem="type")
                out.setdefault(who, {}).setdefault(currency, {})[business] = Limit(
                    _amount(lim, "input", at), _amount(lim, "authorize", at)
                )
    return out


def parse_policy(text: str | bytes) -> Policy:
    try:
        data = json.loads(text)
    except ValueError as e:
        raise PolicyError(f"not JSON: {e}", field="", problem="json") from e
    if not isinstance(data, dict) or not isinstance(data.get("business"), dict) or not data["business"]:
        raise PolicyError("a policy needs at least one business type", field="business", problem="required")
    business: dict[str, Business] = {}
    for code, raw in data["business"].items():
        where = f"business.{code}"
        if not (code.isascii() and code.replace("_", "").isalnum() and code.isupper() and len(code) <= 16):
            raise PolicyError(
                f"{where}: code of upper-case letters, digits, _", field=where, problem="format"
            )
        if not isinstance(raw, dict):
            raise PolicyError(f"{where} must be an object", field=where, problem="type")
        images = raw.get("images", [])
        if not isinstance(images, list) or not all(isinstance(i, str) and i for i in images):
            raise PolicyError(
                f"{where}.images must be a list of kinds", field=f"{where}.images", problem="type"
            )
        priority = raw.get("priority", 5)
        if not isinstance(priority, int) or not 1 <= priority <= 9:
            raise PolicyError(f"{where}.priority must be 1-9", field=f"{where}.priority", problem="range")
        b = Business(
            code,
            str(raw.get("name_zh", code)),
            str(raw.get("name_en", code)),
            tuple(images),
            priority,
            _amount(raw, "authorize_over", where),
            _amount(raw, "remote_over", where),
            _amount(raw, "two_level_over", where),
        )
        if not b.authorize_over <= b.remote_over <= b.two_level_over:
            raise PolicyError(
                f"{where}: authorize_over <= remote_over <= two_level_over", field=where, problem="order"
            )
        business[code] = b
    dispatch = data.get("dispatch", PULL)
    if dispatch not in (PULL, PUSH):
        raise PolicyError("dispatch must be pull or push", field="dispatch", problem="choice")
    limits = data.get("limits", {})
    if not isinstance(limits, dict):
        raise PolicyError("limits must be an object", field="limits", problem="type")
    return Policy(
        business,
        _limits(limits.get("roles", {}), "limits.roles"),
        _limits(limits.get("users", {}), "limits.users"),
        data,
        dispatch,
    )
