"""The bilingual text catalogue for text that does not live in Qt's .ts files: what the core says
itself (role names, the statistics reports, the KPI block, the findings of the quarterly
analysis). Pure data, any thread.

Every entry is one ``Text(zh, en)``, Chinese first, and every reader picks its language through
``Text.in_language`` (``"en"`` is English, any other language Chinese, the default). The report
texts are keyed by their English wording, the findings by their code, the roles by the role.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from app.rbac import Role


class Text(NamedTuple):
    """One text in both languages (``str.format`` placeholders alike in both)."""

    zh: str
    en: str

    def in_language(self, language: str) -> str:
        return self.en if language == "en" else self.zh


def _by_english(*entries: Text) -> dict[str, Text]:
    out: dict[str, Text] = {}
    for entry in entries:
        if entry.en in out:
            raise ValueError(f"two texts read {entry.en!r} in English")
        out[entry.en] = entry
    return out


ROLE_NAMES: dict[Role, Text] = {
    Role.OPERATOR: Text("监控中心值班员", "Control-room operator"),
    Role.CUSTODIAN: Text("金库管库员", "Vault custodian"),
    Role.ESCORT: Text("押运员/收款员", "Escort / collector"),
    Role.KEYER: Text("录入员", "Keyer"),
    Role.REVIEWER: Text("审核岗/授权柜员", "Reviewer / authorizer"),
    Role.TELLER: Text("柜员", "Teller"),
    Role.SUPERVISOR: Text("业务主管", "Supervisor"),
    Role.ADMIN: Text("中心管理员", "Administrator"),
    Role.AUDITOR: Text("审计员", "Auditor"),
    Role.STATION: Text("设备工作站（服务账户）", "Device station (service account)"),
}

DEF_REQUESTS = Text(
    "统计期内的授权申请以提交时间为准，办理结果以报表生成时的状态为准。"
    "各项比率均以申请笔数为分母；退回率指至少被退回补正一次的申请所占比例。",
    "Requests of a period are those submitted in it; their outcome is their status when the report "
    "was generated. Rates are shares of the requests submitted; the return rate counts requests "
    "returned for correction at least once.",
)
DEF_TIME = Text(
    "办理时长自申请提交起至最终通过或拒绝止，含退回补正及重新提交的时间；分位数按秩线性插值计算。",
    "Time to decision runs from submission to the final approval or rejection, including any return "
    "and resubmission. Percentiles interpolate between ranks.",
)
DEF_AUTHORIZER = Text(
    "授权人指标按统计期内作出的授权决定计算。响应时长自申请进入该授权级次（提交或上一级通过）起"
    "至其作出决定止；对重新提交申请的决定计入笔数，不计时长。",
    "Authorizer figures count the decisions taken in the period. Response time runs from the request "
    "reaching the authorizer's level (submission or the previous level's approval); decisions on "
    "resubmitted requests are counted but not timed.",
)
DEF_PERIODS = Text(
    "统计期按本行所在时区（{zone}）的自然月、自然季度划分，以当地零点为界。",
    "Periods are calendar months and quarters in the bank's time zone ({zone}), from local midnight.",
)

# The statistics reports, the KPI block and the period and duration formats, by English wording.
REPORT: dict[str, Text] = _by_english(
    Text("授权业务月度统计报表", "Authorization statistics – monthly report"),
    Text("授权业务季度分析报告", "Authorization analysis – quarterly report"),
    Text("示范银行股份有限公司", "Demo Bank Co., Ltd."),
    Text("生成时间：{at}　生成人：{who}", "Generated {at} by {who}"),
    Text("第 {page} 页 / 共 {total} 页", "Page {page} of {total}"),
    Text("内部资料 注意保密", "Internal – confidential"),
    Text("主要指标", "Summary"),
    Text("申请笔数", "Requests submitted"),
    Text("已决笔数（通过或拒绝）", "Decided (approved or rejected)"),
    Text("通过率", "Approval rate"),
    Text("拒绝率", "Rejection rate"),
    Text("退回率", "Return rate"),
    Text("撤销率", "Cancellation rate"),
    Text("办理时长中位数", "Median time to decision"),
    Text("办理时长90分位", "90th percentile time to decision"),
    Text("办理时长90分位", "90th percentile time"),
    Text("远程授权占比", "Remote share"),
    Text("双人授权占比", "Two-level share"),
    Text("重新提交次数", "Resubmissions"),
    Text("授权决定次数", "Decisions taken"),
    Text("通过 {n} 笔", "{n} approved"),
    Text("拒绝 {n} 笔", "{n} rejected"),
    Text("退回 {n} 笔", "{n} returned"),
    Text("撤销 {n} 笔", "{n} cancelled"),
    Text("{n} 笔", "{n} requests"),
    Text("本地 {local} · 远程 {remote}", "local {local} · remote {remote}"),
    Text("{n} 笔尚未办结", "{n} still open"),
    Text("通过金额：{amounts}", "Approved amount: {amounts}"),
    Text("；", "; "),
    Text("每日业务量", "Daily volume"),
    Text("申请笔数", "Submitted"),
    Text("已决笔数", "Decided"),
    Text("笔数", "Requests"),
    Text("按网点统计", "By branch"),
    Text("按业务种类统计", "By business type"),
    Text("按授权人统计", "By authorizer"),
    Text("按柜员统计", "By teller"),
    Text("网点", "Branch"),
    Text("业务种类", "Business type"),
    Text("授权人", "Authorizer"),
    Text("柜员", "Teller"),
    Text("通过", "Approved"),
    Text("拒绝", "Rejected"),
    Text("退回", "Returned"),
    Text("撤销", "Cancelled"),
    Text("未办结", "Open"),
    Text("双人授权", "Two-level"),
    Text("决定次数", "Decisions"),
    Text("本地", "Local"),
    Text("远程", "Remote"),
    Text("第二级", "2nd level"),
    Text("时长中位数\n（分钟）", "Median\n(min)"),
    Text("时长90分位\n（分钟）", "P90\n(min)"),
    Text("响应中位数\n（分钟）", "Response median\n(min)"),
    Text("响应90分位\n（分钟）", "Response P90\n(min)"),
    Text("重新提交\n（次）", "Resubmitted\n(times)"),
    Text("当日办结", "Decided that day"),
    Text("合计", "Total"),
    Text("全部", "All"),
    Text("全体授权人", "All authorizers"),
    Text("{name}（{key}）", "{name} ({key})"),
    Text("本期无授权申请。", "No requests in this period."),
    Text("本期无授权决定。", "No decisions in this period."),
    Text("统计口径说明", "Definitions"),
    Text("主要发现", "Key findings"),
    Text("与上季度比较", "Quarter on quarter"),
    Text("指标", "Indicator"),
    Text("本季度", "This quarter"),
    Text("本季度至今", "Quarter to date"),
    Text("上季度（{period}）", "Previous quarter ({period})"),
    Text("变化", "Change"),
    Text("月度趋势", "Monthly trend"),
    Text("月份", "Month"),
    Text("各月业务量", "Requests per month"),
    Text("{value} 个百分点", "{value} points"),
    Text("较上季度 {change}", "vs previous quarter {change}"),
    Text(
        "较上季度下降超过 {limit} 个百分点时预警",
        "Warning when it falls more than {limit} points on the previous quarter",
    ),
    Text(
        "较上季度延长超过 {limit} 时预警",
        "Warning when it rises more than {limit} on the previous quarter",
    ),
    Text("{value} 小时", "{value} h"),
    Text("{value} 分钟", "{value} min"),
    Text("{year}年{month}月", "{month_name} {year}"),
    Text("{year}年第{quarter}季度", "Q{quarter} {year}"),
    Text("{year}年第{quarter}季度至今（截至{last}）", "Q{quarter} {year} to date (to {last})"),
    Text("{first} 至 {last}", "{first} – {last}"),
    DEF_REQUESTS,
    DEF_TIME,
    DEF_AUTHORIZER,
    DEF_PERIODS,
)

# The sentences of the quarterly analysis, by finding code.
FINDINGS: dict[str, Text] = {
    "no_requests": Text("本季度无授权申请。", "No authorization requests were submitted in this quarter."),
    "volume_new": Text(
        "本季度受理授权申请 {count} 笔，上季度无可比数据。",
        "{count} requests were submitted; the previous quarter had none to compare with.",
    ),
    "volume_up": Text(
        "授权申请笔数较上季度上升 {pct}（{ref} → {count} 笔）。",
        "Volume rose {pct} on the previous quarter ({ref} → {count} requests).",
    ),
    "volume_down": Text(
        "授权申请笔数较上季度下降 {pct}（{ref} → {count} 笔）。",
        "Volume fell {pct} on the previous quarter ({ref} → {count} requests).",
    ),
    "volume_flat": Text(
        "授权申请笔数与上季度持平（{count} 笔）。",
        "Volume was unchanged on the previous quarter ({count} requests).",
    ),
    "approval_up": Text(
        "授权通过率上升 {delta} 个百分点，达到 {current}（上季度 {ref}）。",
        "The approval rate rose {delta} points to {current} (previous quarter {ref}).",
    ),
    "approval_down": Text(
        "授权通过率下降 {delta} 个百分点，为 {current}（上季度 {ref}）。",
        "The approval rate fell {delta} points to {current} (previous quarter {ref}).",
    ),
    "approval_flat": Text(
        "授权通过率保持在 {current}（上季度 {ref}）。",
        "The approval rate held at {current} (previous quarter {ref}).",
    ),
    "median_faster": Text(
        "授权时效提升：办理时长中位数缩短 {delta}，为 {current}（上季度 {ref}）。",
        "Decisions came faster: the median time to decision fell by {delta} to {current} "
        "(previous quarter {ref}).",
    ),
    "median_slower": Text(
        "授权时效下降：办理时长中位数延长 {delta}，为 {current}（上季度 {ref}）。",
        "Decisions took longer: the median time to decision rose by {delta} to {current} "
        "(previous quarter {ref}).",
    ),
    "median_flat": Text(
        "授权办理时长中位数与上季度持平，为 {current}（上季度 {ref}）。",
        "The median time to decision held at {current} (previous quarter {ref}).",
    ),
    "reject_business": Text(
        "{subject}业务拒绝率最高：{value}（拒绝 {count} 笔；整体 {ref}）。",
        "{subject} has the highest rejection rate: {value} ({count} rejected; overall {ref}).",
    ),
    "slow_authorizer": Text(
        "授权人{subject}响应最慢：响应时长中位数 {value}（全体授权人 {ref}）。",
        "{subject} is the slowest authorizer: median response {value} (all authorizers {ref}).",
    ),
    "return_teller": Text(
        "柜员{subject}的申请退回率最高：{value}（退回 {count} 笔；整体 {ref}）。",
        "Requests of teller {subject} are returned most often: {value} ({count} returned; overall {ref}).",
    ),
    "busy_authorizer": Text(
        "授权人{subject}承担了 {value} 的授权决定（{count} 笔），工作量较为集中。",
        "{subject} took {value} of all decisions ({count}): the workload is concentrated.",
    ),
    "peak_month": Text(
        "{subject}为本季度业务量最高的月份，受理 {count} 笔（占 {value}）。",
        "{subject} was the busiest month of the quarter with {count} requests ({value}).",
    ),
}

CATALOGUES: dict[str, Mapping[Any, Text]] = {
    "roles": ROLE_NAMES,
    "report": REPORT,
    "findings": FINDINGS,
}


def report_text(english: str, language: str) -> str:
    """A text of the statistics reports by its English wording, in ``language``."""
    return REPORT[english].in_language(language)


def every_text() -> Iterator[tuple[str, object, Text]]:
    """(catalogue, key, text) of every entry (for the tests and the translation merge)."""
    for name, catalogue in CATALOGUES.items():
        for key, entry in catalogue.items():
            yield name, key, entry


__all__ = [
    "CATALOGUES",
    "DEF_AUTHORIZER",
    "DEF_PERIODS",
    "DEF_REQUESTS",
    "DEF_TIME",
    "FINDINGS",
    "REPORT",
    "ROLE_NAMES",
    "Text",
    "every_text",
    "report_text",
]
