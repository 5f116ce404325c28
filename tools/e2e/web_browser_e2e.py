"""Drives Ciel's web app in a real headless Chromium (Debian's chromium + chromium-driver, through Selenium).

Run by Tests/CielServerTests/LiveWebBrowserTests.swift against a live `ciel serve` with the ciel-tiny model:

    python web_browser_e2e.py --base http://127.0.0.1:PORT --out DIR

For each viewport (360x740 and 1280x800) it signs up, creates a video, watches the progress bar move and the
video finish (the <video> element must report a duration > 0, so Chromium really decodes the H.264 MP4), remixes
it, shares it, sees it in the feed from a second account, deletes it, and meets the daily quota (the server runs
with --free-per-day 2). It checks a few French and English
strings and saves a screenshot of every step in DIR. It prints one JSON line of findings and exits non-zero on the
first failed check.
"""

import argparse
import base64
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException

# Never let Selenium Manager look for or download a browser or driver.
os.environ.setdefault("SE_OFFLINE", "true")
CHROMIUM = os.environ.get("CIEL_CHROMIUM", "/usr/bin/chromium")
DRIVER = os.environ.get("CIEL_CHROMEDRIVER", "/usr/bin/chromedriver")
PASSWORD = "a long enough password"


class CheckFailed(Exception):
    pass


def check(condition, message):
    if not condition:
        raise CheckFailed(message)


def make_driver(width, height):
    options = Options()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--lang=en-US", "--autoplay-policy=no-user-gesture-required", "--mute-audio",
                     f"--window-size={width},{height}"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-US,en"})
    # An explicit driver path: Selenium Manager never downloads anything.
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    # The window size includes browser chrome in some modes; set the viewport itself through CDP.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.set_page_load_timeout(60)
    return driver


TINY_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="


class Flow:
    def __init__(self, base, out, width, height):
        self.base = base.rstrip("/")
        self.out = out
        self.tag = f"{width}x{height}"
        self.driver = make_driver(width, height)
        self.width = width
        self.step = 0
        self.findings = {"viewport": self.tag, "screenshots": []}

    def shot(self, name):
        self.step += 1
        path = os.path.join(self.out, f"{self.tag}-{self.step:02d}-{name}.png")
        self.driver.save_screenshot(path)
        self.findings["screenshots"].append(path)

    def open(self, path):
        self.driver.get(self.base + path)

    def text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def fill(self, element_id, value):
        element = self.driver.find_element(By.ID, element_id)
        element.clear()
        element.send_keys(value)

    def click(self, element_id):
        element = self.driver.find_element(By.ID, element_id)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'});", element)
        element.click()

    def no_horizontal_scroll(self):
        overflow = self.driver.execute_script(
            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;")
        check(overflow <= 1, f"{self.tag}: page scrolls sideways by {overflow}px at {self.driver.current_url}")

    def sign_up(self, username):
        self.open("/signup")
        check("Create your account" in self.text(), "English sign-up page")
        self.fill("username", username)
        self.fill("display_name", username.capitalize())
        self.fill("password", PASSWORD)
        self.no_horizontal_scroll()
        return username

    def log_out(self):
        self.click("logout")
        self.wait_for(lambda: "/login" in self.driver.page_source or "Sign up" in self.text(), 10, "logged out")

    def log_in(self, username):
        self.open("/login")
        self.fill("username", username)
        self.fill("password", PASSWORD)
        self.driver.find_element(By.CSS_SELECTOR, "#login-form button[type=submit]").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "create-form"), 15, "create page after log-in")

    def wait_for(self, condition, timeout, what):
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if condition():
                    return
            except (StaleElementReferenceException, WebDriverException):
                pass
            time.sleep(0.1)
        raise CheckFailed(f"{self.tag}: timed out waiting for {what} at {self.driver.current_url}")

    def job_state(self):
        return self.driver.execute_script(
            "var j = document.getElementById('job');"
            "var p = document.getElementById('progress');"
            "return j ? [j.getAttribute('data-status'), Number(j.getAttribute('data-progress')),"
            " p ? Number(p.value) : null] : null;")

    def watch_job(self, name, timeout=600):
        """Records the progress bar until the player appears; returns the (status, progress) values seen."""
        seen = []
        shot_in_progress = False
        deadline = time.time() + timeout
        while time.time() < deadline:
            try:
                if self.driver.find_elements(By.ID, "player"):
                    break
                failure = self.driver.find_elements(By.ID, "failure")
                check(not failure, f"{self.tag}: generation failed: {failure[0].text if failure else ''}")
                state = self.job_state()
                if state and (not seen or tuple(seen[-1]) != (state[0], state[1])):
                    seen.append([state[0], state[1]])
                    if state[0] == "in_progress" and 0 < state[1] < 100 and not shot_in_progress:
                        self.shot(f"{name}-progress")
                        shot_in_progress = True
            except (StaleElementReferenceException, WebDriverException):
                pass
            time.sleep(0.05)
        check(self.driver.find_elements(By.ID, "player"), f"{self.tag}: no player after {timeout}s; seen {seen}")
        if not shot_in_progress:
            self.shot(f"{name}-progress-missed")
        return seen

    def check_player(self):
        player = self.driver.find_element(By.ID, "player")
        check(player.get_attribute("playsinline") is not None, "video has playsinline")
        can_play = self.driver.execute_script(
            "return document.createElement('video').canPlayType('video/mp4; codecs=\"avc1.64001f\"');")
        self.findings["can_play_h264"] = can_play
        self.wait_for(lambda: self.driver.execute_script(
            "var v = document.getElementById('player'); return v.readyState >= 1 || v.error;"), 30, "video metadata")
        error = self.driver.execute_script(
            "var e = document.getElementById('player').error; return e ? e.code + ' ' + e.message : null;")
        check(error is None, f"{self.tag}: the video element reports an error: {error} (canPlayType: {can_play!r})")
        duration = self.driver.execute_script("return document.getElementById('player').duration;")
        check(isinstance(duration, (int, float)) and duration > 0, f"{self.tag}: video duration {duration}")
        # Decode frames for real: play and see the clock advance.
        self.driver.execute_script(
            "var v = document.getElementById('player'); v.muted = true; v.play().catch(function () {});")
        self.wait_for(lambda: self.driver.execute_script(
            "return document.getElementById('player').currentTime;") > 0, 20, "playback to advance")
        return duration

    def run(self, suffix):
        findings = self.findings
        # What a first-time visitor sees.
        self.open("/")
        check("Turn a sentence into a short video" in self.text(), "English landing page")
        self.no_horizontal_scroll()
        self.shot("landing")
        alice = self.sign_up(f"alice{suffix}")
        self.shot("signup")
        self.driver.find_element(By.CSS_SELECTOR, "#signup-form button[type=submit]").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "create-form"), 20, "create page after sign-up")
        check("videos left today" in self.text(), "quota shown on the create page")
        self.no_horizontal_scroll()
        self.shot("create")

        self.fill("prompt", "a yellow square rising on a black background")
        self.driver.execute_script("document.querySelector('details').open = true;")
        # More denoising steps than ciel-tiny's default, so the progress bar has time to move.
        self.fill("steps", "60")
        self.fill("seed", "7")
        self.shot("create-filled")
        self.click("generate")
        self.wait_for(lambda: self.driver.find_elements(By.ID, "job"), 20, "job page")
        video_url = self.driver.current_url
        video_id = video_url.rstrip("/").split("/")[-1]
        self.shot("queued")
        seen = self.watch_job("video")
        findings["progress_seen"] = seen
        moving = [p for s, p in seen if s == "in_progress" and 0 < p < 100]
        check(moving, f"{self.tag}: the progress bar never showed a value between 0 and 100: {seen}")
        check(len({p for _, p in seen}) >= 2, f"{self.tag}: progress did not move: {seen}")
        findings["duration"] = self.check_player()
        self.no_horizontal_scroll()
        self.shot("completed")

        # Remix it.
        self.fill("remix-prompt", "the square turns blue")
        self.click("remix")
        self.wait_for(lambda: self.driver.current_url != video_url and self.driver.find_elements(By.ID, "job"),
                      20, "remix job page")
        remix_id = self.driver.current_url.rstrip("/").split("/")[-1]
        check(remix_id != video_id, "remix has its own id")
        self.watch_job("remix")
        findings["remix_duration"] = self.check_player()
        check(video_id in self.text(), "remix links to its source")
        self.shot("remixed")

        # An API key on the account page (shown once), and the admin page for the server's first account.
        self.open("/account")
        check("videos left today" in self.text(), "quota on the account page")
        self.fill("key-name", "laptop")
        self.driver.find_element(By.CSS_SELECTOR, "#key-form button[type=submit]").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "new-key"), 10, "the new key")
        check(self.driver.find_element(By.ID, "new-key").text.startswith("ciel-sk-"), "new key secret shown")
        self.no_horizontal_scroll()
        self.shot("account-key")
        if self.driver.find_elements(By.CSS_SELECTOR, "a[href='/admin']"):
            self.open("/admin")
            check("Queue" in self.text() and "Users" in self.text(), "admin page sections")
            self.no_horizontal_scroll()
            self.shot("admin")

        # A cameo of oneself, registered from a photo (the page's create form, as a first-time user fills it).
        self.open("/cameos")
        check("My cameos" in self.text(), "cameos page")
        photo = os.path.join(self.out, "cameo-photo.png")
        with open(photo, "wb") as f:
            f.write(base64.b64decode(TINY_PNG))
        self.fill("cameo-name", "Me")
        self.fill("cameo-handle", f"me_{self.width}")
        self.driver.find_element(By.ID, "cameo-photos").send_keys(photo)
        self.driver.find_element(By.CSS_SELECTOR, "#cameo-form input[name=attestation]").click()
        self.driver.find_element(By.CSS_SELECTOR, "#cameo-form button[type=submit]").click()
        self.wait_for(lambda: f"@me_{self.width}" in self.text(), 10, "the new cameo")
        self.no_horizontal_scroll()
        self.shot("cameo")

        # Share the original.
        self.open(f"/videos/{video_id}")
        self.click("share-toggle")
        self.wait_for(lambda: self.driver.find_element(By.ID, "share-toggle").get_attribute("aria-pressed") == "true",
                      10, "share toggle pressed")
        self.shot("shared")
        self.open("/videos")
        check(len(self.driver.find_elements(By.CSS_SELECTOR, "#my-videos .tile")) == 2, "two videos in my grid")
        self.no_horizontal_scroll()
        self.shot("my-videos")

        # A second account sees it in the feed.
        self.log_out()
        self.sign_up(f"bob{suffix}")
        self.driver.find_element(By.CSS_SELECTOR, "#signup-form button[type=submit]").click()
        self.wait_for(lambda: self.driver.find_elements(By.ID, "create-form"), 20, "bob's create page")
        self.open("/feed")
        tiles = self.driver.find_elements(By.CSS_SELECTOR, f"#feed .tile[data-video-id='{video_id}']")
        check(tiles, f"{self.tag}: the shared video is not in bob's feed")
        check(f"Alice{suffix}" in tiles[0].text, "the feed names the author")
        check(not self.driver.find_elements(By.CSS_SELECTOR, f"#feed .tile[data-video-id='{remix_id}']"),
              "the unshared remix is not in the feed")
        self.no_horizontal_scroll()
        self.shot("feed-second-account")
        self.open(f"/videos/{remix_id}")
        check("does not exist" in self.text(), "bob cannot open alice's unshared remix")
        self.log_out()

        # Alice deletes the original.
        self.log_in(alice)
        self.open(f"/videos/{video_id}")
        self.click("delete")
        alert = self.driver.switch_to.alert
        alert.accept()
        self.wait_for(lambda: self.driver.current_url.endswith("/videos"), 10, "back to my videos")
        check(not self.driver.find_elements(By.CSS_SELECTOR, f"#my-videos .tile[data-video-id='{video_id}']"),
              "the deleted video left the grid")
        self.shot("deleted")
        self.open(f"/videos/{video_id}")
        check("does not exist" in self.text(), "deleted video is gone")

        # The server runs with --free-per-day 2: alice's third video of the day is refused, and the page says so.
        self.open("/")
        check("0 of 2 videos left today" in self.text(), f"{self.tag}: quota line: {self.text()[:300]}")
        self.fill("prompt", "one video too many")
        self.click("generate")
        self.wait_for(lambda: self.driver.find_elements(By.ID, "form-error"), 10, "quota message")
        check("You have used today’s quota of 2 videos" in self.driver.find_element(By.ID, "form-error").text,
              "quota message text")
        self.no_horizontal_scroll()
        self.shot("quota-exceeded")

        # French and English.
        self.open("/")
        self.click("lang-switch")
        self.wait_for(lambda: "Créer une vidéo" in self.text(), 10, "French create page")
        body = self.text()
        for phrase in ("Décrivez votre vidéo", "Durée", "Générer", "Mes vidéos", "Il vous reste 0 vidéos sur 2"):
            check(phrase in body, f"French page lacks {phrase!r}")
        check(self.driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "fr", "html lang=fr")
        self.shot("french")
        self.click("lang-switch")
        self.wait_for(lambda: "Create a video" in self.text(), 10, "English create page")
        for phrase in ("Describe your video", "Duration", "Generate", "My videos"):
            check(phrase in self.text(), f"English page lacks {phrase!r}")
        self.shot("english")
        findings["video_id"] = video_id
        findings["remix_id"] = remix_id
        return findings

    def close(self):
        try:
            self.driver.quit()
        except Exception:
            pass


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--out", required=True)
    arguments = parser.parse_args()
    os.makedirs(arguments.out, exist_ok=True)
    results = []
    for index, (width, height) in enumerate(((360, 740), (1280, 800))):
        flow = Flow(arguments.base, arguments.out, width, height)
        try:
            results.append(flow.run(str(index)))
        except Exception as error:  # report, with a screenshot of where it stopped
            try:
                flow.shot("failure")
            except Exception:
                pass
            print(json.dumps({"ok": False, "viewport": flow.tag, "error": f"{type(error).__name__}: {error}",
                              "url": flow.driver.current_url, "results": results}))
            flow.close()
            return 1
        flow.close()
    print(json.dumps({"ok": True, "results": results}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
