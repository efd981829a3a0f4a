"""Authorization history for the demo bank: a few hundred closed requests over the past months, so
the statistics and reports have something to say. Main thread (demo seed), well under a second.

Requests come from the tellers of three branches (BR01 is the demo sub-branch; BR02 and BR03 are
named in ``meta.branch_names``) during business hours in China (09:00-17:00, UTC+8), routed by the
authorization policy in force: amounts that need authorization and fit the teller's input limit;
local or remote as the rules allow; two levels above the two-level threshold. Decisions follow the
four-eyes rules and limits the service enforces: never the request's own teller, only authorizers
whose limit covers the amount, a second level by someone who has not approved the request before.
Some requests are returned and resubmitted (or cancelled), some rejected; one reviewer is slower
than the others and the newest teller's requests are returned more often, so the analysis finds
something. The rows are written directly (history, not operations); one audit entry records the seed.

The demo has one teller, reviewer and supervisor (``app.demo.DEMO_ACCOUNTS``); two-level business
above the reviewers' limit needs two supervisors, and three branches need more tellers, so a few
more staff are added (same demo password, copied from an existing demo login, so no extra hashing).
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import insert, select

from app import audit
from app.authz_policy import LOCAL, REMOTE, Policy
from app.db.base import utcnow
from app.db.engine import Database
from app.db.models import AuthDecision, AuthRequest, Meta, User, UserRole
from app.operations import Action, Target
from app.rbac import Role, system_principal
from app.services.authorization import AuthorizationService
from app.services.authz_stats import BRANCH_NAMES_KEY
from app.statuses import AuthzDecision, RequestStatus

CST = timedelta(hours=8)  # business hours are China Standard Time


@dataclass(frozen=True)
class HistoryStaff:
    username: str
    display_name: str
    role: Role
    branch: str | None = None  # tellers only


# The demo's own teller works at BR01; these join it (created only if missing).
HISTORY_STAFF: tuple[HistoryStaff, ...] = (
    HistoryStaff("teller2", "张敏", Role.TELLER, "BR01"),
    HistoryStaff("teller3", "王磊", Role.TELLER, "BR02"),
    HistoryStaff("teller4", "陈晓东", Role.TELLER, "BR03"),
    HistoryStaff("reviewer2", "何静", Role.REVIEWER),
    HistoryStaff("supervisor2", "马建华", Role.SUPERVISOR),
)
BRANCH_NAMES = {"BR02": ("城西支行", "Chengxi Sub-branch"), "BR03": ("高新区支行", "Hi-tech Zone Sub-branch")}
NEW_TELLER = "teller4"  # joined recently: more of their requests are returned
SLOW_REVIEWER = "reviewer2"

# business -> (weight, reason, [(tier weight, low yuan, high yuan, currency)])
BUSINESS: dict[str, tuple[float, str, list[tuple[float, int, int, str]]]] = {
    "CASH_WD": (
        0.40,
        "大额取现",
        [
            (0.55, 50_100, 200_000, "CNY"),
            (0.30, 200_100, 1_000_000, "CNY"),
            (0.10, 1_000_100, 3_000_000, "CNY"),
            (0.05, 50_100, 100_000, "USD"),
        ],
    ),
    "TRANSFER": (0.30, "大额转账汇款", [(0.6, 100_100, 500_000, "CNY"), (0.4, 500_100, 4_800_000, "CNY")]),
    "ACCT_OPEN": (0.15, "个人开户", [(1.0, 100, 50_000, "CNY")]),
    "REVERSAL": (0.15, "错账冲正", [(0.93, 1_000, 1_000_000, "CNY"), (0.07, 1_000_100, 3_000_000, "CNY")]),
}
# business -> (approve, reject, return) for the first level
OUTCOMES = {
    "CASH_WD": (0.90, 0.03, 0.07),
    "TRANSFER": (0.88, 0.04, 0.08),
    "ACCT_OPEN": (0.82, 0.04, 0.14),
    "REVERSAL": (0.80, 0.12, 0.08),
}
SECOND_LEVEL = (0.93, 0.05, 0.02)
REJECT_REASONS = (
    "客户身份核实不符，不予授权",
    "交易背景不清，不予授权",
    "超出客户当日限额",
    "疑似代办，未提供授权委托书",
    "冲正依据不足",
)
RETURN_REASONS = (
    "身份证影像不清晰，请重新拍摄",
    "凭证要素填写不全",
    "缺少客户签字",
    "金额大小写不一致",
    "未上传凭证影像",
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐"
GIVEN = ("伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "秀英", "建华", "海燕")


@dataclass
class _Row:
    """A request being made up (plain data; inserted in bulk at the end)."""

    business_type: str
    currency: str
    amount_fen: int
    account: str
    customer: str
    reason: str
    branch: str
    teller_id: int
    mode: str
    levels_required: int
    priority: int
    policy_version: int
    created_at: datetime
    updated_at: datetime
    levels_done: int = 0
    status: RequestStatus = RequestStatus.PENDING
    submissions: int = 1
    decided_at: datetime | None = None
    decisions: list[dict[str, Any]] = field(default_factory=list)

    def columns(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k != "decisions"}


@dataclass
class _Person:
    id: int
    username: str
    roles: frozenset[str]


def _ensure_staff(db: Database) -> tuple[dict[str, _Person], list[str]]:
    """Every user by name, adding the history staff that are missing; the names added."""
    added: list[str] = []
    with db.write() as s:
        users = {u.username: u for u in s.scalars(select(User))}
        template = next((u for u in users.values() if u.active and not u.outsourced), None)
        if template is None:
            raise ValueError("seed the demo users before their authorization history")
        for staff in HISTORY_STAFF:
            if staff.username in users:
                continue
            user = User(
                username=staff.username,
                display_name=staff.display_name,
                password_hash=template.password_hash,  # the demo password, already hashed
                must_change_password=template.must_change_password,  # in a shared database: due
                active=True,
                outsourced=False,
                role_links=[UserRole(role_code=staff.role.value)],
            )
            s.add(user)
            users[staff.username] = user
            added.append(staff.username)
        s.flush()
        people = {
            name: _Person(u.id, name, frozenset(link.role_code for link in u.role_links))
            for name, u in users.items()
            if u.active
        }
    return people, added


T = TypeVar("T")


def _weighted(rng: random.Random, options: list[tuple[float, T]]) -> T:
    return rng.choices([o for _w, o in options], weights=[w for w, _o in options])[0]


def _minutes(rng: random.Random, median: float, spread: float = 0.6) -> timedelta:
    return timedelta(minutes=rng.lognormvariate(math.log(median), spread))


def seed_authorization_history(
    db: Database, rng: random.Random, months: int = 6, *, now: datetime | None = None
) -> dict[str, int]:
    """Write the history (requests from the start of the quarter ``months`` months back to
    yesterday); returns what was written. Run once, after the demo users exist."""
    now = now or utcnow()
    version, policy = AuthorizationService(db).policy(system_principal("demo"))
    people, added = _ensure_staff(db)
    branch_of = {s.username: s.branch for s in HISTORY_STAFF if s.branch}
    tellers = [p for p in people.values() if Role.TELLER.value in p.roles]
    if not tellers:
        raise ValueError("the demo has no teller")
    branches = ["BR01", "BR02", "BR03"]
    for i, t in enumerate(sorted(tellers, key=lambda p: p.id)):
        branch_of.setdefault(t.username, branches[i % len(branches)] if t.username != "teller" else "BR01")
    teller_ids = {t.id for t in tellers}
    authorizers = [
        p
        for p in people.values()
        if p.roles & {Role.REVIEWER.value, Role.SUPERVISOR.value} and p.id not in teller_ids
    ]
    supervisors = [p for p in authorizers if Role.SUPERVISOR.value in p.roles]

    first_month = now.year * 12 + now.month - 1 - months
    first_month -= first_month % 3  # from the start of that quarter: every quarter shown is complete
    start_day = datetime(first_month // 12, first_month % 12 + 1, 1, tzinfo=UTC).date()
    end_day = (now + CST).date()  # today in China; history stops yesterday
    rows: list[_Row] = []
    n_decisions = 0
    day = start_day
    while day < end_day:
        age_months = (end_day - day).days / 30.4
        base = 2.6 * (1.06 ** (months - age_months))  # business grows a little every month
        weekday = day.weekday()
        rate = base * (1.0 if weekday < 5 else 0.45 if weekday == 5 else 0.2)
        count = sum(1 for _ in range(12) if rng.random() < rate / 12)
        for _ in range(count):
            teller = rng.choice(tellers)
            row = _request(
                rng, policy, version, teller, branch_of[teller.username], day, authorizers, supervisors
            )
            if row is None:
                continue
            if row.updated_at >= now:
                continue  # would end in the future: leave it out
            rows.append(row)
            n_decisions += len(row.decisions)
        day += timedelta(days=1)

    actor = system_principal("system:demo-seed")
    with db.write() as s:
        meta = s.get(Meta, BRANCH_NAMES_KEY)
        names = json.loads(meta.value) if meta is not None else {}
        for code, (zh, en) in BRANCH_NAMES.items():
            names.setdefault(code, [zh, en])
        if meta is None:
            s.add(Meta(key=BRANCH_NAMES_KEY, value=json.dumps(names, ensure_ascii=False)))
        else:
            meta.value = json.dumps(names, ensure_ascii=False)
        ids = s.scalars(
            insert(AuthRequest).returning(AuthRequest.id, sort_by_parameter_order=True),
            [r.columns() for r in rows],
        ).all()
        decisions = [{**d, "request_id": rid} for rid, r in zip(ids, rows, strict=True) for d in r.decisions]
        if decisions:
            s.execute(insert(AuthDecision), decisions)
        summary = {
            "requests": len(rows),
            "decisions": n_decisions,
            "approved": sum(r.status == RequestStatus.APPROVED for r in rows),
            "rejected": sum(r.status == RequestStatus.REJECTED for r in rows),
            "cancelled": sum(r.status == RequestStatus.CANCELLED for r in rows),
            "returned": sum(r.status == RequestStatus.RETURNED for r in rows),
            "resubmitted": sum(r.submissions > 1 for r in rows),
            "two_level": sum(r.levels_required == 2 for r in rows),
        }
        audit.append(
            s,
            actor,
            Action.DEMO_AUTHZ_HISTORY,
            Target.AUTH_REQUESTS,
            "history",
            reason="demo authorization history for statistics and reports",
            after={
                **summary,
                "from": start_day.isoformat(),
                "to": (end_day - timedelta(days=1)).isoformat(),
                "staff_added": added,
            },
        )
    return summary


def _request(
    rng: random.Random,
    policy: Policy,
    version: int,
    teller: _Person,
    branch: str,
    day: date,
    authorizers: list[_Person],
    supervisors: list[_Person],
) -> _Row | None:
    code = str(_weighted(rng, [(w, c) for c, (w, _r, _t) in BUSINESS.items()]))
    if code not in policy.business:
        return None
    _w, reason, tiers = BUSINESS[code]
    tier = _weighted(rng, [(t[0], t) for t in tiers])
    assert isinstance(tier, tuple)
    _tw, low, high, currency = tier
    yuan = rng.uniform(low, high)
    step = 1000 if yuan >= 100_000 else 100 if yuan >= 5_000 else 10
    amount = max(int(round(yuan / step) * step) * 100, low * 100)
    route = policy.route(code, amount)
    input_limit = policy.limit(teller.username, teller.roles, currency, code).input
    if not route.needs_authorization or amount > input_limit:
        return None
    mode = LOCAL if LOCAL in route.modes and rng.random() < 0.35 else REMOTE

    def eligible(exclude: set[int]) -> list[_Person]:
        pool = supervisors if mode == LOCAL else authorizers
        return [
            a
            for a in pool
            if a.id != teller.id
            and a.id not in exclude
            and amount <= policy.limit(a.username, a.roles, currency, code).authorize
        ]

    if not eligible(set()) or (route.levels == 2 and len(eligible(set())) < 2):
        return None
    minute = rng.choice([rng.uniform(0, 180), rng.uniform(270, 480)])  # 09:00-12:00, 13:30-17:00 CST
    created = datetime(day.year, day.month, day.day, 9, tzinfo=UTC) - CST + timedelta(minutes=minute)
    surname = rng.choice(SURNAMES)
    row = _Row(
        business_type=code,
        currency=currency,
        amount_fen=amount,
        account="6222" + "".join(rng.choice("0123456789") for _ in range(15)),
        customer=surname + rng.choice(GIVEN),
        reason=reason,
        branch=branch,
        teller_id=teller.id,
        mode=mode,
        levels_required=route.levels,
        priority=policy.business[code].priority,
        policy_version=version,
        created_at=created,
        updated_at=created,
    )
    t = created
    if rng.random() < 0.02:  # the customer leaves before anyone decides
        t += _minutes(rng, 4)
        row.status, row.updated_at, row.decided_at = RequestStatus.CANCELLED, t, t
        return row
    approvers: set[int] = set()
    while True:
        level = row.levels_done + 1
        pool = eligible(approvers)
        if not pool:
            return None
        if level == 2:  # the second post is usually a supervisor
            sup = [a for a in pool if a in supervisors]
            who = rng.choice(sup) if sup and rng.random() < 0.8 else rng.choice(pool)
        else:
            who = rng.choice(pool)
        if mode == LOCAL:
            t += _minutes(rng, 2.5, 0.5)
        else:
            median = 9.0 if who.username == SLOW_REVIEWER else 6.0 if who in supervisors else 4.0
            t += _minutes(rng, median * (1.3 if level == 2 else 1.0))
        odds = SECOND_LEVEL if level == 2 else OUTCOMES[code]
        if level == 1 and teller.username == NEW_TELLER:
            odds = (odds[0] - 1.5 * odds[2], odds[1], odds[2] * 2.5)
        decision = _weighted(
            rng,
            [
                (odds[0], AuthzDecision.APPROVE),
                (odds[1], AuthzDecision.REJECT),
                (odds[2], AuthzDecision.RETURN),
            ],
        )
        comment = (
            ""
            if decision == AuthzDecision.APPROVE
            else rng.choice(REJECT_REASONS if decision == AuthzDecision.REJECT else RETURN_REASONS)
        )
        row.decisions.append(
            {
                "authorizer_id": who.id,
                "level": level,
                "decision": decision,
                "comment": comment,
                "mode": mode,
                "at": t,
            }
        )
        row.updated_at = t
        if decision == AuthzDecision.APPROVE:
            approvers.add(who.id)
            row.levels_done = level
            if level >= row.levels_required:
                row.status, row.decided_at = RequestStatus.APPROVED, t
                return row
            continue
        row.decided_at = t
        if decision == AuthzDecision.REJECT:
            row.status = RequestStatus.REJECTED
            return row
        row.status = RequestStatus.RETURNED  # the teller corrects and resubmits, or gives up
        fate = rng.random()
        if row.submissions >= 3 or fate < 0.15:
            t += _minutes(rng, 20, 0.8)
            row.status, row.updated_at, row.decided_at = RequestStatus.CANCELLED, t, t
            return row
        t += _minutes(rng, 18, 0.7)
        row.submissions += 1
        row.levels_done = 0
        row.status, row.decided_at, row.updated_at = RequestStatus.PENDING, None, t


__all__ = ["BRANCH_NAMES", "HISTORY_STAFF", "seed_authorization_history"]
