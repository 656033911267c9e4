"""Links and images in text we did not write (LLM answers, digest summaries), made safe to render.

An answer is model output, and a model can be steered by the papers it reads: a markdown image
would make the reader's browser fetch any URL (a way to leak the conversation), and a link can
point anywhere. So: no image is ever rendered, links are live only to arXiv, Hugging Face (huggingface.co,
hf.co) and the code hosts the digests link (GitHub, GitLab) over http(s), and every other URL is shown as
plain text that no renderer turns into a link.
Pure functions; callers still escape HTML.
"""

from __future__ import annotations

import html
import re
from urllib.parse import unquote, urlsplit

LINK_HOSTS = ("arxiv.org", "huggingface.co", "hf.co", "github.com", "gitlab.com")  # hf.co: Hugging Face's short links
WEB_SCHEMES = ("http", "https")
ZWSP = "\u200b"

SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.\-]*):")
HOST_PORT_RE = re.compile(r"^[a-z0-9-]+(\.[a-z0-9-]+)+:\d")
INVISIBLE_RE = re.compile(r"[\x00-\x20\x7f]")
LINK_OR_IMAGE_RE = re.compile(
    r"(!?)\[((?:[^\[\]]|\[[^\[\]]*\])*)\]"  # ![text] or [text], one level of brackets inside
    r"\(\s*(<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)"  # (destination
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"  # optional "title")
)
BARE_URL_RE = re.compile(r"(?:\b[a-z][a-z0-9+.\-]*://|\bwww\.)[^\s<>()\[\]`\"']+", re.IGNORECASE)
REF_DEFINITION_RE = re.compile(r"^( {0,3})\[([^\]\n]+)\]:", re.MULTILINE)


def scheme_of(url: str) -> str:
    """The scheme a browser would see, after entities, %-escapes and stray control characters."""
    probe = INVISIBLE_RE.sub("", unquote(html.unescape(url))).lower()
    if HOST_PORT_RE.match(probe):  # `github.com:443/x` is a host and port, not a scheme
        return ""
    m = SCHEME_RE.match(probe)
    return m.group(1) if m else ""


def web_url(url: str) -> str:
    """`url` when it is a plain http(s) URL, else "" (`javascript:`, `data:`, `JaVaScRiPt://…`, `%6Aavascript:`…)."""
    url = (url or "").strip()
    if not url or INVISIBLE_RE.search(url) or scheme_of(url) not in WEB_SCHEMES:
        return ""
    if not re.match(r"^https?://[^/?#]", url, re.IGNORECASE):
        return ""
    try:
        urlsplit(url).hostname  # noqa: B018 - raises on a malformed host (`http://[::1`)
    except ValueError:
        return ""
    return url


def allowed_link(url: str) -> bool:
    """Live links only to LINK_HOSTS (or their subdomains), without credentials."""
    if not web_url(url):
        return False
    parts = urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    if parts.username or parts.password:
        return False
    return any(host == h or host.endswith("." + h) for h in LINK_HOSTS)


def as_text(url: str) -> str:
    """A URL no markdown renderer links: a zero-width space breaks `scheme://` and `www.`."""
    url = re.sub(r"^([a-z][a-z0-9+.\-]*)(:)", rf"\1{ZWSP}\2", url, flags=re.IGNORECASE)
    return re.sub(r"^(www)\.", rf"\1{ZWSP}.", url, flags=re.IGNORECASE)


def safe_markdown(text: str) -> str:
    """Markdown with every image replaced by its alt text and every link outside LINK_HOSTS as text."""

    def replace(m: re.Match) -> str:
        if m.group(0).startswith(("[", "!")) and m.lastindex and m.group(3) is not None:
            bang, label, dest = m.group(1), m.group(2), m.group(3).strip("<>")
            label = safe_markdown(label)
            if bang:
                return f"(image not shown{': ' + label if label.strip() else ''})"
            if allowed_link(dest):
                return f"[{label}]({dest})"
            return f"{label} ({as_text(dest)})" if dest else label
        url = m.group(0)
        return url if allowed_link(url) else as_text(url)

    out = re.sub(f"{LINK_OR_IMAGE_RE.pattern}|{BARE_URL_RE.pattern}", replace, text or "", flags=re.IGNORECASE)
    out = REF_DEFINITION_RE.sub(lambda m: f"{m.group(1)}\\[{m.group(2)}]:", out)
    return out.replace("![", "!\\[")
