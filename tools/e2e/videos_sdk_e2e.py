"""Drives a running Ciel server with the unmodified official `openai` SDK, through every Videos API call.

Usage: OPENAI_BASE_URL=http://127.0.0.1:PORT/v1 OPENAI_API_KEY=ciel-sk-... python videos_sdk_e2e.py

Exits 0 and prints "E2E OK" when every check passed; any failed check raises. Run by
Tests/CielServerTests/LiveServerTests.swift (which starts `ciel serve` first).
"""

import os
import struct
import sys
import warnings
import zlib

import openai
from openai import OpenAI
from openai.types import Video

warnings.simplefilter("ignore", DeprecationWarning)


def png(width: int, height: int) -> bytes:
    """A valid RGB PNG with a gradient, built without any imaging library."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    rows = b"".join(
        b"\x00" + b"".join(bytes((x * 255 // width, y * 255 // height, 128)) for x in range(width))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def check(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)
    print("ok -", message, flush=True)


def expect_error(kind, call, **attributes):
    try:
        call()
    except kind as error:  # noqa: PERF203
        for name, value in attributes.items():
            check(getattr(error, name) == value, f"{kind.__name__}.{name} == {value!r} (got {getattr(error, name)!r})")
        return error
    raise AssertionError(f"expected {kind.__name__}")


def main() -> int:
    client = OpenAI(timeout=120)
    check(client.base_url.host in ("127.0.0.1", "localhost"), f"talking to a local server at {client.base_url}")

    # Multipart create without a file (what SDK 3.x always sends), then poll until done.
    first = client.videos.create(prompt="A calico cat plays a piano on stage", seconds="4", size="1280x720")
    check(first.status == "queued" and first.object == "video", "create returns a queued Video")
    check(first.model == "sora-2" and first.seconds == "4" and first.size == "1280x720", "create echoes parameters")
    check(first.completed_at is None and first.error is None, "unfinished Video has null completed_at and error")
    first = client.videos.poll(first.id)
    check(first.status == "completed" and first.progress == 100, "poll returns the completed Video")
    check(first.expires_at is not None and first.expires_at > first.completed_at, "completed Video expires later")

    # Multipart create with an image file of another size than `size`, via create_and_poll.
    with_image = client.videos.create_and_poll(
        prompt="The lighthouse at dusk, waves rolling in",
        model="sora-2-pro",
        seconds="4",
        size="720x1280",
        input_reference=("ref.png", png(64, 48), "image/png"),
        poll_interval_ms=200,
    )
    check(with_image.status == "completed" and with_image.model == "sora-2-pro", "create_and_poll with an image")

    # JSON create through the low-level client (what SDK 2.x and batch callers send), image as a data URL.
    import base64

    data_url = "data:image/png;base64," + base64.b64encode(png(32, 32)).decode()
    json_video = client.post(
        "/videos",
        body={"prompt": "A paper boat on a pond", "input_reference": {"image_url": data_url}},
        cast_to=Video,
    )
    check(json_video.status == "queued" and json_video.size == "720x1280", "JSON create with image_url data URL")

    # Retrieve.
    again = client.videos.retrieve(first.id)
    check(again.id == first.id and again.prompt == first.prompt, "retrieve returns the same Video")

    # Download all three variants and check the magic bytes.
    mp4 = client.videos.download_content(first.id).read()
    check(mp4[4:8] == b"ftyp", f"video variant is an MP4 ({len(mp4)} bytes)")
    webp = client.videos.download_content(first.id, variant="thumbnail").read()
    check(webp[:4] == b"RIFF" and webp[8:12] == b"WEBP", f"thumbnail variant is a WebP ({len(webp)} bytes)")
    jpeg = client.videos.download_content(first.id, variant="spritesheet").read()
    check(jpeg[:3] == b"\xff\xd8\xff", f"spritesheet variant is a JPEG ({len(jpeg)} bytes)")

    # Remix.
    remix = client.videos.remix(first.id, prompt="Same scene, but the cat takes a bow")
    check(remix.remixed_from_video_id == first.id and remix.id != first.id, "remix makes a new Video from the source")
    check(remix.seconds == first.seconds and remix.size == first.size and remix.model == first.model, "remix inherits")
    remix = client.videos.poll(remix.id, poll_interval_ms=200)
    check(remix.status == "completed", "remix completes")

    # List with auto-pagination over pages of 2.
    client.videos.poll(json_video.id, poll_interval_ms=200)
    created = {first.id, with_image.id, json_video.id, remix.id}
    listed = [video.id for video in client.videos.list(limit=2)]
    check(set(listed) == created and len(listed) == len(created), f"list auto-paginates over {len(listed)} videos")
    ascending = [video.id for video in client.videos.list(limit=100, order="asc")]
    check(ascending == list(reversed(listed)), "order=asc is the reverse of the default order")

    # Delete, then NotFoundError.
    deleted = client.videos.delete(json_video.id)
    check(deleted.deleted is True and deleted.id == json_video.id and deleted.object == "video.deleted", "delete")
    not_found = expect_error(openai.NotFoundError, lambda: client.videos.retrieve(json_video.id), status_code=404)
    check(bool(not_found.request_id), "errors carry x-request-id as request_id")

    # Validation errors arrive as BadRequestError with the right param.
    expect_error(
        openai.BadRequestError, lambda: client.videos.create(prompt="bad", seconds="5"), param="seconds", status_code=400
    )
    expect_error(openai.BadRequestError, lambda: client.videos.create(prompt="bad", size="1x1"), param="size")
    expect_error(openai.BadRequestError, lambda: client.videos.create(prompt=""), param="prompt")

    # A failed generation is returned by poll, not raised.
    blocked = client.videos.create_and_poll(prompt="[[block]] test", poll_interval_ms=200)
    check(blocked.status == "failed" and blocked.error.code == "moderation_blocked", "failed job carries error.code")

    # Wrong key.
    bad_client = OpenAI(api_key="ciel-sk-not-a-key", max_retries=0)
    expect_error(openai.AuthenticationError, lambda: bad_client.videos.list(), status_code=401)

    print("E2E OK", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
