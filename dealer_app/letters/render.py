"""Render payout letters to PDF bytes (reportlab platypus).

The output is deterministic: the same `LetterData` (and copy flag) gives byte-for-byte the same
PDF on every run and machine (`invariant=1`, fixed metadata, no timestamps), which is what lets
a reprint be "the same letter" and lets `verify.compare_letter` recognise a genuine file.

Thread safety: reportlab keeps per-document font state keyed by the document, so renders in
different threads do not mix; the fonts are registered once per process under a lock.
Nothing here touches Qt or the ledger: call it from a worker, never from the GUI thread.
"""

from __future__ import annotations

import io
import multiprocessing
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    ActionFlowable,
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
)

from dealer_app.domain.letters import (
    LetterData,
    letter_digest,
    qr_payload,
)

from . import layout as L
from .fonts import register_fonts

ProgressFn = Callable[[int, int], None]
StopFn = Callable[[], bool]

PRODUCER = "Dealer Desk (ReportLab)"
CREATOR = "Dealer Desk"
SUBJECT = "Dealer Desk payout letter / 补贴通知书"
KEYWORDS_SCHEME = "dealerdesk-letter:1"


# ASCII85 on top of Flate makes every stream a quarter bigger and costs a pure-Python pass over
# the embedded font; nothing we make needs 7-bit-clean PDF. Set here, process-wide, because
# reportlab reads it when it writes a stream; it is part of what makes the bytes of a letter,
# so it must never change between the first print and a reprint.
rl_config.useA85 = 0


class RenderCancelled(Exception):
    """`should_stop` returned True: the batch was abandoned and no PDF was produced."""


def letter_keywords(data: LetterData, digest: str, copy: bool) -> str:
    """The PDF Keywords entry: what `verify.read_letter_pdf` reads back."""
    return (
        f"{KEYWORDS_SCHEME} number={data.number} digest={digest} "
        f"amount_fen={data.amount_fen} copy={int(copy)}"
    )


BATCH_SCHEME = "dealerdesk-batch:2"


def batch_keywords(contexts: Sequence[L.LetterContext]) -> str:
    """The Keywords of a batch PDF: every letter in order, O (original) or C (copy), so the
    batch can be checked letter by letter: "dealerdesk-batch:2 letters=N1:O,N2:C"."""
    listed = ",".join(f"{c.data.number}:{'C' if c.copy else 'O'}" for c in contexts)
    return f"{BATCH_SCHEME} count={len(contexts)} letters={listed}"


class _LetterCanvas(Canvas):
    """Holds every page back until save() so the footer can say "page x of y" per letter
    (y is only known once the letter's last page is laid out)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self._held_pages: list[dict] = []
        self._dd_page: tuple[int, int, L.LetterContext | None] = (0, 0, None)

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._held_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[int, int] = {}
        for state in self._held_pages:
            index, page, _ = state["_dd_page"]
            totals[index] = max(totals.get(index, 0), page)
        for state in self._held_pages:
            self.__dict__.update(state)
            index, page, ctx = self._dd_page
            L.draw_footer(self, ctx.data, page, totals[index])
            if ctx.draft:
                L.draw_copy_watermark(self, "草稿", "DRAFT")
            elif ctx.copy:
                L.draw_copy_watermark(self)
            Canvas.showPage(self)
        Canvas.save(self)


class _SetLetter(ActionFlowable):
    """Switches the page callbacks to the next letter. It goes *before* the page break: the
    new page's onPage runs as soon as the break is handled."""

    def __init__(self, ctx: L.LetterContext) -> None:
        super().__init__()
        self.ctx = ctx

    def apply(self, doc) -> None:
        doc.ctx = self.ctx


class _LetterDone(ActionFlowable):
    def __init__(self, done: int) -> None:
        super().__init__()
        self.done = done

    def apply(self, doc) -> None:
        doc.letter_done(self.done)


class _LetterDoc(BaseDocTemplate):
    def __init__(
        self,
        buf: io.BytesIO,
        first: L.LetterContext,
        total: int,
        progress: ProgressFn | None,
        should_stop: StopFn | None,
        **meta: str,
    ) -> None:
        super().__init__(
            buf,
            pagesize=(L.PAGE_W, L.PAGE_H),
            leftMargin=L.MARGIN_L,
            rightMargin=L.MARGIN_R,
            topMargin=L.LATER_FRAME_TOP,
            bottomMargin=L.FRAME_BOTTOM,
            invariant=1,
            pageCompression=1,
            creator=CREATOR,
            producer=PRODUCER,
            lang="zh-CN",
            # Without this the canvas starts every page in Helvetica, which then appears in
            # the PDF's font list as a non-embedded font.
            initialFontName=L.FONT,
            initialFontSize=10,
            initialLeading=12,
            **meta,
        )
        self.ctx = first
        self.total = total
        self.progress = progress
        self.should_stop = should_stop
        first_frame = Frame(
            L.MARGIN_L,
            L.FRAME_BOTTOM,
            L.CONTENT_W,
            L.PAGE_H - L.FIRST_FRAME_TOP - L.FRAME_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="first",
        )
        later_frame = Frame(
            L.MARGIN_L,
            L.FRAME_BOTTOM,
            L.CONTENT_W,
            L.PAGE_H - L.LATER_FRAME_TOP - L.FRAME_BOTTOM,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="later",
        )
        self.addPageTemplates(
            [
                PageTemplate("first", [first_frame], onPage=_on_first_page),
                PageTemplate("later", [later_frame], onPage=_on_later_page),
            ]
        )

    def letter_done(self, done: int) -> None:
        if self.progress is not None:
            self.progress(done, self.total)
        if self.should_stop is not None and done < self.total and self.should_stop():
            raise RenderCancelled(f"stopped after {done} of {self.total} letters")


def _begin_page(canv: _LetterCanvas, doc: _LetterDoc) -> L.LetterContext:
    ctx = doc.ctx
    ctx.pages += 1
    canv._dd_page = (ctx.index, ctx.pages, ctx)
    L.draw_letterhead(canv, ctx)
    if ctx.draft:
        L.draw_copy_stamp(canv, L.DRAFT_MARK)
    elif ctx.copy:
        L.draw_copy_stamp(canv)
    return ctx


def _on_first_page(canv: _LetterCanvas, doc: _LetterDoc) -> None:
    ctx = _begin_page(canv, doc)
    L.draw_address_block(canv, ctx)


def _on_later_page(canv: _LetterCanvas, doc: _LetterDoc) -> None:
    _begin_page(canv, doc)


def _letter_story(ctx: L.LetterContext) -> list[Flowable]:
    d = ctx.data
    store = L.Cell(
        "门店",
        "Store",
        [(d.store_name, "value"), (f"{d.store_code} · {d.store_city}", "value_small")],
    )
    version = f"{d.policy_code} · 第{d.policy_version}版 version {d.policy_version}"
    names = [(d.policy_name_zh, "value")]
    if d.policy_name_en:
        names.append((d.policy_name_en, "value_small"))
    policy = L.Cell("补贴政策", "Policy", [*names, (version, "value_small")])
    figures = L.Cell("金额（小写）", "Amount in figures", [(d.amount_figures, "amount")])
    words = L.Cell("金额（大写）", "Amount in words", [(d.amount_words, "amount")])
    rows: list[Flowable] = [
        L.FieldRow([store, policy]),
        # A paid letter says when and with which bank reference in its text (the bodies for
        # paid letters): a row of its own would push the seal onto a second page.
        L.FieldRow([figures, words], tinted=True, last=True),
    ]
    story: list[Flowable] = [
        NextPageTemplate("later"),
        L.Title(),
        Spacer(1, 3 * mm),
        *rows,
        Spacer(1, 4.5 * mm),
    ]
    keep = (d.amount_words, d.amount_figures)
    story += L.body_blocks(d.body_zh, "body_zh", keep)
    story.append(Spacer(1, 2 * mm))
    story += L.body_blocks(d.body_en, "body_en", keep)
    story.append(L.Handlers(d.handlers))
    story.append(L.SealBlock(ctx, qr_payload(d, ctx.digest, ctx.copy)))
    return story


def _metadata(contexts: Sequence[L.LetterContext]) -> dict[str, str]:
    if len(contexts) == 1:
        ctx = contexts[0]
        d = ctx.data
        mark = " 草稿 DRAFT" if ctx.draft else " 副本 COPY" if ctx.copy else ""
        title = f"{L.TITLE_ZH} {L.TITLE_EN} {d.number}" + mark
        return {
            "title": title,
            "author": d.issuer_name_zh,
            "subject": SUBJECT,
            "keywords": letter_keywords(d, ctx.digest, ctx.copy),
        }
    first, last = contexts[0].data.number, contexts[-1].data.number
    return {
        "title": f"{L.TITLE_ZH} {L.TITLE_EN} ×{len(contexts)} ({first} … {last})",
        "author": contexts[0].data.issuer_name_zh,
        "subject": SUBJECT,
        "keywords": batch_keywords(contexts),
    }


def render_batch(
    letters: Sequence[tuple[LetterData, bool] | tuple[LetterData, bool, bool]],
    progress: ProgressFn | None = None,
    should_stop: StopFn | None = None,
) -> bytes:
    """One PDF holding every letter in order, each starting on a new page; `(data, True)`
    renders that letter as a copy. `progress(done, total)` is called after each letter is laid
    out; when `should_stop()` returns True between letters, RenderCancelled is raised.
    `(data, False, True)` renders a draft: 草稿 / DRAFT, no QR code, no number taken.

    A batch of one is byte-for-byte `render_letter` of that letter."""
    if not letters:
        raise ValueError("render_batch needs at least one letter")
    register_fonts()
    if should_stop is not None and should_stop():
        raise RenderCancelled(f"stopped after 0 of {len(letters)} letters")
    contexts = [
        L.LetterContext(
            data=item[0],
            copy=bool(item[1]),
            digest=letter_digest(item[0]),
            index=i,
            draft=len(item) > 2 and bool(item[2]),
        )
        for i, item in enumerate(letters)
    ]
    story: list[Flowable] = []
    for i, ctx in enumerate(contexts):
        if i:
            story += [_SetLetter(ctx), NextPageTemplate("first"), PageBreak()]
        story += _letter_story(ctx)
        story.append(_LetterDone(i + 1))
    buf = io.BytesIO()
    doc = _LetterDoc(buf, contexts[0], len(contexts), progress, should_stop, **_metadata(contexts))
    doc.build(story, canvasmaker=_LetterCanvas)
    return buf.getvalue()


def render_letter(data: LetterData, copy: bool = False) -> bytes:
    """The PDF of one letter; `copy=True` adds the 副本 / COPY marks and nothing else."""
    return render_batch([(data, copy)])


# ---------------------------------------------------------------- process pool


def _worker_init() -> None:
    register_fonts()


def _render_chunk(chunk: list[tuple[LetterData, bool]]) -> list[bytes]:
    return [render_letter(d, c) for d, c in chunk]


def render_many(
    letters: Sequence[LetterData | tuple[LetterData, bool]],
    workers: int = 2,
    *,
    start_method: str | None = None,
) -> list[bytes]:
    """One PDF per letter, in order, rendered in `workers` processes (each registers the font
    once). Items are LetterData (an original) or (LetterData, copy). `start_method` picks the
    multiprocessing start method ("spawn", "fork", "forkserver"; default: the platform's).
    With workers <= 1 or a handful of letters it renders in this process.

    A frozen Windows/macOS bundle must call multiprocessing.freeze_support() in its entry
    point for the pool to start."""
    return list(iter_render_many(letters, workers, start_method=start_method))


def iter_render_many(
    letters: Sequence[LetterData | tuple[LetterData, bool]],
    workers: int = 2,
    *,
    start_method: str | None = None,
    chunk_size: int = 25,
) -> Iterator[bytes]:
    """`render_many`, yielding each PDF in order as soon as its chunk is rendered: a caller
    writes files and reports progress while the rest are still being rendered, and a whole
    batch uses one pool. (A pool per slice of the batch started its workers again for every
    slice: with "spawn", the default on Windows and macOS, each start imports reportlab and
    loads the font, about a second per worker.) Closing the generator early cancels the
    chunks not yet started."""
    items = [(x, False) if isinstance(x, LetterData) else (x[0], bool(x[1])) for x in letters]
    if workers <= 1 or len(items) < 2 * workers:
        for data, copy in items:
            yield render_letter(data, copy)
        return
    # A few chunks per worker keep them busy without pickling one task per letter; at most
    # `chunk_size` letters each so that results (and progress) keep coming.
    size = max(1, min(chunk_size, -(-len(items) // (workers * 4))))
    chunks = [items[i : i + size] for i in range(0, len(items), size)]
    mp_ctx = multiprocessing.get_context(start_method)
    ex = ProcessPoolExecutor(max_workers=workers, mp_context=mp_ctx, initializer=_worker_init)
    try:
        for part in ex.map(_render_chunk, chunks):
            yield from part
    finally:
        ex.shutdown(wait=True, cancel_futures=True)
