"""Screenshots of the two-workstation deployment as its users see it: README's recipe run for real
(one suite server on PostgreSQL, workstation 1 with the station account running the demo readers,
workstation 2 with none), each workstation on a virtual screen of its own, logged in through the
real log-in dialog by typed keys, the teller's request sent with its images through the real file
dialog, claimed and approved at the other workstation.

    apt-get install -y xvfb xdotool xclip wmctrl openbox imagemagick x11-utils   # once (Debian)
    .venv/bin/python tools/server_screenshots.py OUT_DIR [--sizes 1366x768,1920x1080]
        [--looks zh_CN:dark,en:light] [--db bank_shots] [--port 8543] [--displays 91,92]
        [--work /tmp/server-shots]

It drops and creates the database DB on 127.0.0.1:5432 (user postgres, trust authentication, as in
tools/test.sh), so give it a database of its own. For every size and look it starts two Xvfb
screens (with openbox, so that the windows are maximized as on a desktop), one workstation on each
(fresh data folders: the default layout), and writes ``OUT_DIR/<ws>_<user>_<step>_<lang>_<theme>_<WxH>.png``
(whole screens): ws2's map and reader health (WS1's tags and readers, seen over the push stream),
every dock of both, the request form filled in with its images, the queue with the request, the
claimed request with its images, the teller's list with the decision. ``movement.txt`` records how
much of ws2's map changed between two shots a few seconds apart. It stops everything it started.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

import numpy as np
from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
APT_PACKAGES = "xvfb xdotool xclip wmctrl openbox imagemagick x11-utils"
PASSWORD = "Demo@2026"  # every demo user's password (app.demo); the station account keeps it
OWN_PASSWORD = "Shots!2026own"  # what the demo people set at their first log-in (a shared database)
LOGIN_TITLE = r"^(登录|Log in) — "
MAIN_TITLE = r"^(银行运营监控套件|Bank Operator Suite) — "
ACCENT = {"dark": (0x1F, 0xC7, 0xD4), "light": (0x0E, 0x7F, 0x8C)}  # a selected tab's top line (QSS)
TELLER_TABS = ("overview", "capture", "authz_request")  # the docks of the teller's window, in tab order
SUPERVISOR_TABS = ("readers", "overview", "capture", "authz_queue", "authz_stats")  # right of the map
# the request the teller sends: a transfer over the remote-authorization threshold (policy.json)
REQUEST = {
    "amount": "2559441.96",
    "account": "6226454697900017566",
    "customer": "无锡长江餐饮管理有限公司",
    "branch": "BR01",
    "reason": {"zh_CN": "支付租金，金额超过网点授权额度", "en": "Rent payment above the branch's limit"},
}


def log(text: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def run(cmd: Sequence[str], *, env: dict[str, str] | None = None, check: bool = True) -> str:
    done = subprocess.run(list(cmd), cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    if check and done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout}{done.stderr}")
    return done.stdout


def wait_port(port: int, timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        with suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
            return
        time.sleep(0.5)
    raise SystemExit(f"nothing listens on port {port}")


class Processes:
    """Every process this tool starts, stopped by its own id (its process group) at the end."""

    def __init__(self) -> None:
        self.started: list[tuple[str, subprocess.Popen[bytes]]] = []

    def start(
        self, name: str, cmd: Sequence[str], env: dict[str, str], logfile: Path
    ) -> subprocess.Popen[bytes]:
        out = logfile.open("ab")
        proc = subprocess.Popen(
            list(cmd), cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.started.append((name, proc))
        return proc

    def stop(self, proc: subprocess.Popen[bytes], timeout: float = 15) -> None:
        if proc.poll() is None:
            with suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(timeout)
            except subprocess.TimeoutExpired:
                with suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        self.started = [(n, p) for n, p in self.started if p is not proc]

    def stop_all(self) -> None:
        for _name, proc in reversed(list(self.started)):
            self.stop(proc)


class Screen:
    """One Xvfb display with a window manager, driven with xdotool, grabbed with ImageMagick's import."""

    def __init__(self, procs: Processes, number: int, size: tuple[int, int], work: Path) -> None:
        self.procs = procs
        self.display = f":{number}"
        self.size = size
        self.env = {**os.environ, "DISPLAY": self.display}
        w, h = size
        self.xvfb = procs.start(
            f"Xvfb{self.display}",
            ["Xvfb", self.display, "-screen", "0", f"{w}x{h}x24", "-nolisten", "tcp"],
            dict(os.environ),
            work / f"xvfb{number}.log",
        )
        end = time.monotonic() + 10
        while subprocess.run(["xdpyinfo"], env=self.env, capture_output=True).returncode != 0:
            if time.monotonic() > end:
                raise SystemExit(f"Xvfb {self.display} did not start")
            time.sleep(0.2)
        self.wm = procs.start(f"openbox{self.display}", ["openbox"], self.env, work / f"openbox{number}.log")
        time.sleep(1)

    def x(self, *args: str, check: bool = True) -> str:
        return run(["xdotool", *args], env=self.env, check=check)

    def window(self, title: str, timeout: float = 60) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            found = self.x("search", "--onlyvisible", "--name", title, check=False).split()
            if found:
                return found[-1]
            time.sleep(0.5)
        raise SystemExit(f"{self.display}: no window {title!r}")

    def focus(self, window: str) -> None:
        self.x("windowactivate", "--sync", window, check=False)
        self.x("windowfocus", "--sync", window, check=False)

    def maximize(self, window: str) -> None:
        if shutil.which("wmctrl"):
            run(["wmctrl", "-i", "-r", window, "-b", "add,maximized_vert,maximized_horz"], env=self.env)
        else:
            self.x("windowmove", window, "0", "0")
            self.x("windowsize", window, "100%", "100%")

    def keys(self, *keys: str) -> None:
        for key in keys:
            self.x("key", "--clearmodifiers", key)
            time.sleep(0.3)

    def type(self, text: str) -> None:
        time.sleep(0.3)  # typed right after a shortcut, a first character could be lost
        if text.isascii():
            self.x("type", "--delay", "40", text)
            return
        # xdotool types a CJK character by remapping a spare key for it, and the application loses
        # some of them: Chinese text goes through the clipboard instead (xclip serves it, Ctrl+V)
        subprocess.run(["xclip", "-selection", "clipboard"], input=text.encode(), env=self.env, check=True)
        time.sleep(0.2)
        self.keys("ctrl+v")

    def click(self, x: int, y: int) -> None:
        self.x("mousemove", str(x), str(y), "click", "1")

    def wheel(self, x: int, y: int, notches: int) -> None:
        """Turn the wheel over (x, y): a tab bar moves its selection one tab per notch."""
        self.x("mousemove", str(x), str(y))
        time.sleep(0.3)
        for _ in range(abs(notches)):
            self.x("click", "5" if notches > 0 else "4")
            time.sleep(0.25)

    def shot(self, path: Path) -> Path:
        run(["import", "-display", self.display, "-window", "root", str(path)], env=self.env)
        return path

    def stop(self) -> None:
        self.procs.stop(self.wm)
        self.procs.stop(self.xvfb)


def selected_tab(png: Path, theme: str) -> tuple[int, int]:
    """The centre of the selected tab of the dock tab bar along the bottom, found by its accent line."""
    pixels = np.asarray(Image.open(png).convert("RGB"), dtype=np.int16)
    h = pixels.shape[0]
    near = np.abs(pixels - np.array(ACCENT[theme], dtype=np.int16)).sum(axis=2) < 60
    best: tuple[int, int, int] | None = None  # run length, x centre, y
    for y in range(h - 90, h - 10):
        edges = np.flatnonzero(np.diff(np.concatenate(([0], near[y].astype(np.int8), [0]))))
        for start, stop in zip(edges[::2], edges[1::2], strict=True):
            length = int(stop - start)
            if 40 <= length <= 320 and (best is None or length > best[0]):
                best = (length, int(start) + length // 2, y)
    if best is None:
        raise SystemExit(f"{png.name}: no selected dock tab found")
    return best[1], best[2] - 14  # dock tabs sit at the bottom: the line is under the label


class Workstation:
    def __init__(
        self,
        screen: Screen,
        procs: Processes,
        name: str,
        user: str,
        data: Path,
        args: list[str],
        env: dict[str, str],
    ) -> None:
        self.screen, self.name, self.user = screen, name, user
        data.mkdir(parents=True, exist_ok=True)
        env = {**screen.env, **env, "BANKSUITE_DATA_DIR": str(data), "BANKSUITE_IDLE_LOCK_MIN": "240"}
        self.proc = procs.start(name, [PY, "main.py", *args, "--user", user], env, data / "stdout.log")
        self.tab_at: tuple[int, int] | None = None
        self.tab = 0

    def log_in(self) -> str:
        dialog = self.screen.window(LOGIN_TITLE, 90)
        time.sleep(1.5)
        self.screen.focus(dialog)
        self.screen.type(OWN_PASSWORD)  # the user name is filled in (--user); the focus is on the password
        self.screen.keys("Return")
        window = self.screen.window(MAIN_TITLE, 60)
        time.sleep(2)
        self.screen.maximize(window)
        self.screen.focus(window)
        time.sleep(3)
        return window

    def raise_tab(self, index: int, probe: Path, theme: str) -> None:
        """Bring the dock at ``index`` of the tab bar to the front (the bar's wheel, from tab 0 on)."""
        if self.tab_at is None:
            self.tab_at = selected_tab(self.screen.shot(probe), theme)
            probe.unlink()
        self.screen.wheel(*self.tab_at, index - self.tab)
        self.tab = index
        time.sleep(1.5)


def sample_images(work: Path) -> tuple[Path, Path]:
    """A transfer voucher (the synthetic scanner's, seed 11 no. 23: ¥2,559,441.96 from the account
    above) and a specimen ID card of a fictitious agent."""
    folder = work / "images"
    voucher, card = folder / "transfer_voucher.jpg", folder / "id_card_agent.jpg"
    if voucher.exists() and card.exists():
        return voucher, card
    synth = folder / "synth"
    run([PY, "-m", "imaging.synth", "--out", str(synth), "--count", "24", "--seed", "11", "--fmt", "jpg"])
    shutil.copy(synth / "0023_TR_shift.jpg", voucher)
    from PIL import ImageDraw, ImageFont

    sys.path.insert(0, str(ROOT))
    from app.fonts import cjk_font

    face = cjk_font()

    def font(px: int) -> ImageFont.FreeTypeFont:
        return ImageFont.truetype(str(face.path), px, index=face.index)

    image = Image.new("RGB", (856, 540), (232, 238, 232))
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle([6, 6, 849, 533], 28, outline=(150, 170, 160), width=3)
    y = 60
    for label, value in (
        ("姓名", "陈立新"),
        ("性别", "男      民族  汉"),
        ("出生", "1984 年 6 月 12 日"),
        ("住址", "江苏省无锡市梁溪区"),
    ):
        draw.text((60, y), label, font=font(30), fill=(70, 110, 140))
        draw.text((160, y), value, font=font(34), fill=(20, 20, 20))
        y += 70
    draw.text((160, y - 20), "中山路 188 号 5 幢 1201 室", font=font(34), fill=(20, 20, 20))
    draw.text((60, 440), "公民身份号码", font=font(30), fill=(70, 110, 140))
    draw.text((270, 436), "3202 0219 8406 1200 1X", font=font(38), fill=(20, 20, 20))
    draw.rectangle([600, 70, 800, 330], fill=(205, 215, 222), outline=(160, 170, 180))
    draw.ellipse([655, 110, 745, 200], fill=(120, 130, 140))
    draw.pieslice([620, 200, 780, 380], 180, 360, fill=(120, 130, 140))
    draw.text((300, 220), "样本  SPECIMEN", font=font(64), fill=(200, 60, 60))
    image.save(card, quality=90)
    return voucher, card


@contextmanager
def suite_server(args: argparse.Namespace, procs: Processes, work: Path) -> Iterator[str]:
    """README's recipe: the database, the owner's migrate and grants, the key and certificate, the
    server as the app role with the demo bank. Yields the certificate's fingerprint."""
    owner = f"postgresql+psycopg://postgres@127.0.0.1:5432/{args.db}"
    run(["dropdb", "-h", "127.0.0.1", "-U", "postgres", "--if-exists", args.db])
    run(["createdb", "-h", "127.0.0.1", "-U", "postgres", args.db])
    run([PY, "main.py", "--db", owner, "migrate"])
    run([PY, "main.py", "--db", owner, "grant-app-role"])
    env = {**os.environ, "BANKSUITE_DATA_DIR": str(work / "server")}
    env.pop("DISPLAY", None)
    out = run([PY, "main.py", "serve", "--init"], env=env)
    pin = re.search(r"^fingerprint: (\S+)", out, re.M)
    if pin is None:
        raise SystemExit(f"serve --init printed no fingerprint:\n{out}")
    app_url = f"postgresql+psycopg://banksuite_app@127.0.0.1:5432/{args.db}"
    server = procs.start(
        "server",
        [PY, "main.py", "--db", app_url, "serve", "--demo", "--port", str(args.port)],
        env,
        work / "server.log",
    )
    wait_port(args.port, 90)
    log(f"server on https://127.0.0.1:{args.port}, pin {pin.group(1)}")
    own_passwords(f"https://127.0.0.1:{args.port}", pin.group(1))
    try:
        yield pin.group(1)
    finally:
        procs.stop(server)


def own_passwords(url: str, pin: str) -> None:
    """The demo people of a shared database set their own password at the first log-in: done here
    once, over the API, so that the workstations log in with ``OWN_PASSWORD``."""
    sys.path.insert(0, str(ROOT))
    from app import wire
    from app.client.transport import Connection
    from app.demo import DEMO_ACCOUNTS
    from app.rbac import Role

    connection = Connection([url], pin)
    try:
        for account in DEMO_ACCOUNTS:
            if account.role is Role.STATION:
                continue
            request = wire.LoginRequest(
                station="SHOTS", username=account.username, password=PASSWORD, new_password=OWN_PASSWORD
            )
            connection.login(request)
            connection.logout()
    finally:
        connection.close()


def map_movement(a: Path, b: Path, size: tuple[int, int]) -> float:
    """The share of the map's pixels (the left half under the toolbars) that changed from a to b."""
    w, h = size
    box = (0, 170, w // 2, h - 240)
    first, second = (np.asarray(Image.open(p).convert("RGB").crop(box), dtype=np.int16) for p in (a, b))
    return float((np.abs(first - second).max(axis=2) > 40).mean())


def one_look(
    args: argparse.Namespace,
    procs: Processes,
    pin: str,
    work: Path,
    out: Path,
    size: tuple[int, int],
    lang: str,
    theme: str,
) -> list[str]:
    w, h = size
    tag = f"{lang}_{theme}_{w}x{h}"
    notes: list[str] = []
    server = [
        "--server",
        f"https://127.0.0.1:{args.port}",
        "--server-pin",
        pin,
        "--lang",
        lang,
        "--theme",
        theme,
    ]
    s1 = Screen(procs, args.displays[0], size, work)
    s2 = Screen(procs, args.displays[1], size, work)
    ws1 = Workstation(
        s1,
        procs,
        "ws1",
        "teller",
        work / f"ws1-{tag}",
        [*server, "--station", "WS1", "--station-account", "station1"],
        {"BANKSUITE_STATION_PASSWORD": PASSWORD},
    )
    ws2 = Workstation(s2, procs, "ws2", "supervisor", work / f"ws2-{tag}", [*server, "--station", "WS2"], {})
    try:
        ws1.log_in()
        ws2.log_in()
        time.sleep(8)  # WS1's readers move tags; ws2 follows over the push stream

        def shot(ws: Workstation, step: str) -> Path:
            path = ws.screen.shot(out / f"{ws.name}_{ws.user}_{step}_{tag}.png")
            log(f"  {path.name}")
            return path

        first = shot(ws2, "map_readers")
        time.sleep(4)
        second = shot(ws2, "map_readers_later")
        moved = map_movement(first, second, size)
        notes.append(f"{tag}: ws2's map changed in {moved:.2%} of its pixels within 4 s")
        for i, name in enumerate(SUPERVISOR_TABS[1:], 1):
            if name == "authz_queue":
                continue
            ws2.raise_tab(i, out / "probe.png", theme)
            shot(ws2, name)
        for i, name in enumerate(TELLER_TABS):
            ws1.raise_tab(i, out / "probe.png", theme)
            if name != "authz_request":
                shot(ws1, name)

        # the teller fills the form: the labels' mnemonics lead to each field
        voucher, card = sample_images(work)
        s1.keys("alt+b", "Down")  # the business: Transfer (the second type of the policy)
        s1.keys("alt+m")
        s1.type(REQUEST["amount"])  # type: ignore[arg-type]
        for key, field in (("alt+c", "account"), ("alt+u", "customer"), ("alt+a", "branch")):
            s1.keys(key)
            s1.type(REQUEST[field])  # type: ignore[arg-type]
        s1.keys("alt+e")
        s1.type(REQUEST["reason"][lang])  # type: ignore[index]
        s1.keys("Tab", "Tab", "Tab")  # the mode, the image list, the first Add button (the voucher)
        for path in (voucher, card):
            s1.keys("space")
            s1.focus(s1.window(r"^(添加影像|Attach)", 20))
            time.sleep(1)
            s1.type(str(path))  # the file name field has the focus
            s1.keys("Return")
            time.sleep(3)  # read, checked by the server's imaging loader, uploaded, thumbnailed
            s1.keys("Tab")  # back on its Add button once attached: Tab to the next one (the ID card)
        shot(ws1, "authz_request_filled")
        s1.keys("ctrl+Return")  # submit
        time.sleep(3)
        shot(ws1, "authz_request_sent")

        ws2.raise_tab(SUPERVISOR_TABS.index("authz_queue"), out / "probe.png", theme)
        time.sleep(1)
        shot(ws2, "authz_queue_waiting")
        assert ws2.tab_at is not None
        s2.click(ws2.tab_at[0] + 60, 190)  # the queue's first row: the focus is in the dock
        s2.keys("F2")  # claim the next request
        time.sleep(5)  # its data and images arrive from the server
        shot(ws2, "authz_queue_claimed")
        s2.keys("ctrl+Return")  # approve
        time.sleep(3)
        shot(ws2, "authz_queue_decided")
        time.sleep(3)  # the decision reaches the teller's list over WS1's push stream
        shot(ws1, "authz_request_decided")
    except BaseException:
        for screen, name in ((s1, "ws1"), (s2, "ws2")):
            with suppress(Exception, SystemExit):
                screen.shot(out / f"failed_{name}_{tag}.png")
        raise
    finally:
        for ws in (ws1, ws2):
            procs.stop(ws.proc, 30)
        s1.stop()
        s2.stop()
    return notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--sizes", default="1366x768,1920x1080")
    parser.add_argument("--looks", default="zh_CN:dark,en:light")
    parser.add_argument("--db", default="bank_shots")
    parser.add_argument("--port", type=int, default=8543)
    parser.add_argument("--displays", default="91,92")
    parser.add_argument("--work", type=Path, default=Path("/tmp/server-shots"))
    args = parser.parse_args()
    args.displays = [int(d) for d in args.displays.split(",")]
    for tool in ("Xvfb", "xdotool", "xclip", "import", "xdpyinfo", "openbox", "createdb", "dropdb"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing: apt-get install -y {APT_PACKAGES}")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.work.exists():
        shutil.rmtree(args.work)
    args.work.mkdir(parents=True)
    procs = Processes()
    notes: list[str] = []
    try:
        with suite_server(args, procs, args.work) as pin:
            for size_text in args.sizes.split(","):
                size = tuple(int(v) for v in size_text.split("x"))
                for look in args.looks.split(","):
                    lang, theme = look.split(":")
                    log(f"{lang} {theme} {size_text}")
                    notes += one_look(args, procs, pin, args.work, args.out, size, lang, theme)  # type: ignore[arg-type]
    finally:
        procs.stop_all()
    (args.out / "movement.txt").write_text("\n".join(notes) + "\n", encoding="utf-8")
    print("\n".join(notes))
    print(f"screenshots: {len(list(args.out.glob('*.png')))} files in {args.out}")


if __name__ == "__main__":
    main()
