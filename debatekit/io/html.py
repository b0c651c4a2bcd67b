"""Main text and metadata of an HTML page: trafilatura, with a small stdlib fallback."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article",
    "tr", "td", "th", "figcaption", "pre", "dd", "dt",
}  # fmt: skip
_SKIP = {
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "button",
    "svg",
    "iframe",
    "template",
}


class _TextParser(HTMLParser):
    """Collect visible text, one block element per line, skipping navigation and scripts."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.title: list[str] = []
        self.in_title = False
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "title":
            self.in_title = True
        if tag == "meta":
            a = dict(attrs)
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skip:
            self.skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")
        if tag == "title":
            self.in_title = False

    def handle_data(self, data):
        if self.in_title:
            self.title.append(data)
        elif not self.skip:
            self.parts.append(data)


def stdlib_extract(html: str) -> tuple[str, dict]:
    """Visible block text and <title>/<meta> values, with the standard library only."""
    p = _TextParser()
    p.feed(html)
    p.close()
    lines = [re.sub(r"[ \t\xa0]+", " ", ln).strip() for ln in "".join(p.parts).split("\n")]
    text = "\n".join(ln for ln in lines if ln)
    meta = {
        "title": p.meta.get("og:title") or " ".join("".join(p.title).split()) or None,
        "outlet": p.meta.get("og:site_name"),
        "published": p.meta.get("article:published_time") or p.meta.get("pubdate") or p.meta.get("date"),
        "url": p.meta.get("og:url"),
    }
    return text, meta


def html_to_text(html: str) -> tuple[str, dict]:
    """Main article text of an HTML page, with the headline as its first line.

    trafilatura finds the main text and the metadata (title, site name, date, canonical URL). When it
    is missing, fails, or finds no text, a simple block-text extraction of the whole page is used and the
    cleaner removes the rest.

    Returns
    -------
    text : str
        ``"<headline>\\n\\n<body>"`` (headline omitted when unknown); paragraphs one per line.
    meta : dict
        ``title``, ``outlet``, ``published``, ``url`` (values may be None).
    """
    body, meta = None, {}
    try:
        import trafilatura

        body = trafilatura.extract(html, include_comments=False, include_tables=False, favor_recall=True)
        doc = trafilatura.extract_metadata(html)
        if doc is not None:
            meta = {"title": doc.title, "outlet": doc.sitename, "published": doc.date, "url": doc.url}
    except Exception:  # noqa: BLE001 - any extractor failure falls back to the stdlib parser
        body = None
    if not body or not body.strip():
        body, fallback_meta = stdlib_extract(html)
        meta = {k: meta.get(k) or fallback_meta.get(k) for k in ("title", "outlet", "published", "url")}
    title = (meta.get("title") or "").strip()
    first = body.lstrip().split("\n", 1)[0].strip()
    if (
        title
        and first
        and title != first
        and title.startswith(first)
        and re.match(r"\s*[-|–—:]", title[len(first) :])
    ):
        title = meta["title"] = first  # "<headline> - <Site>" in <title>, the bare headline in the page
    if title and not body.lstrip().startswith(title):
        body = f"{title}\n\n{body}"
    return body, meta
