"""The letter's QR code: reportlab's encoder (QrCodeWidget, error correction level M), made fast
enough to print a thousand letters.

Two things in reportlab's encoder cost more than the rest of a letter together, so they are
done differently here, without changing what is encoded:

* Reed-Solomon error correction: reportlab rebuilds the generator polynomial for every block
  with list-based polynomial arithmetic; `_codewords` caches the generator and divides with log
  tables. The codewords are identical (a test compares them with reportlab's `createData`).
* Layout: the function patterns and the data module order depend only on the version, so
  they are laid out once by reportlab's `makeImpl` and reused; only the data bits are placed.
* The mask: `make()` scores all 8 mask patterns in pure Python (~15 ms). Any mask is valid
  (ISO/IEC 18004); the score only avoids unlucky patterns, and this code is printed large with
  a quiet zone, so one fixed mask is used.
"""

from __future__ import annotations

import functools
import itertools
from itertools import zip_longest

from reportlab.graphics.barcode import qrencoder
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

QR_LEVEL = "M"
QR_MASK = 2
QR_QUIET_MODULES = 2  # white border, in modules, inside the printed square

_EXP = qrencoder.EXP_TABLE
_LOG = qrencoder.LOG_TABLE


@functools.cache
def _generator_logs(ec_count: int) -> tuple[int, ...]:
    """log(alpha) of the coefficients of prod(x - alpha^i, i < ec_count), leading 1 dropped."""
    poly = [1]
    for i in range(ec_count):
        nxt = [0] * (len(poly) + 1)
        for j, c in enumerate(poly):
            nxt[j] ^= c
            if c:
                nxt[j + 1] ^= _EXP[(_LOG[c] + i) % 255]
        poly = nxt
    return tuple(_LOG[c] for c in poly[1:])


def _ec_codewords(data: list[int], ec_count: int) -> list[int]:
    gen = _generator_logs(ec_count)
    rem = [0] * ec_count
    for byte in data:
        factor = byte ^ rem[0]
        rem = rem[1:] + [0]
        if factor:
            lf = _LOG[factor]
            for i, g in enumerate(gen):
                rem[i] ^= _EXP[(g + lf) % 255]
    return rem


def _codewords(qr: qrencoder.QRCode) -> list[int]:
    """Data and error correction codewords, interleaved: what `QRCode.createData` returns."""
    blocks = qrencoder.QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    buffer = qrencoder.QRBitBuffer()
    for data in qr.dataList:
        data.write(buffer, qr.version)
    capacity = sum(b.dataCount for b in blocks) * 8
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"QR payload too long ({buffer.getLengthInBits()} > {capacity} bits)")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    for pad in itertools.cycle((qrencoder.QRCode.PAD0, qrencoder.QRCode.PAD1)):
        if buffer.getLengthInBits() >= capacity:
            break
        buffer.put(pad, 8)
    offset = 0
    dc: list[list[int]] = []
    ec: list[list[int]] = []
    for block in blocks:
        part = buffer.buffer[offset : offset + block.dataCount]
        offset += block.dataCount
        dc.append(part)
        ec.append(_ec_codewords(part, block.totalCount - block.dataCount))
    return [
        d
        for group in itertools.chain(zip_longest(*dc), zip_longest(*ec))
        for d in group
        if d is not None
    ]


@functools.cache
def _layout(version: int, level: int, mask: int):
    """For one (version, level, mask): the function patterns (finder, timing, alignment,
    format and version information) as reportlab lays them out, and the data module positions
    in placement order with their mask bit. None of it depends on the data."""
    qr = qrencoder.QRCode(version, level)
    qr.addData("0")
    qr.makeImpl(False, mask)
    masked = qrencoder.QRUtil.getMask(mask)
    positions = tuple((row, col, bool(masked(row, col))) for col, row in qr.dataPosIterator())
    return tuple(tuple(row) for row in qr.modules), positions


def qr_modules(payload: str) -> list[list[bool]]:
    """The QR matrix (rows of dark=True) of `payload` at error correction level M: what
    reportlab's `makeImpl(False, QR_MASK)` gives, with the data-independent parts cached."""
    qr = QrCodeWidget(payload, barLevel=QR_LEVEL).qr
    version = qr.version or qr.calculate_version()
    qr.version = version
    codewords = _codewords(qr)
    template, positions = _layout(version, qr.errorCorrectLevel, QR_MASK)
    modules = [list(row) for row in template]
    nbits = len(codewords) * 8
    bits = int.from_bytes(bytes(codewords), "big")
    for k, (row, col, mask_bit) in enumerate(positions):
        # Positions past the codewords are remainder bits: 0, masked like the rest.
        dark = k < nbits and bool(bits >> (nbits - 1 - k) & 1)
        modules[row][col] = dark != mask_bit
    return modules


def draw_qr(canv: Canvas, payload: str, x: float, y: float, size: float) -> None:
    """Draw the code in the square (x, y, size) as one filled path of horizontal runs, in
    module units under a scaling transform: a few hundred short `re` operators, where a
    graphics Drawing would make as many shape objects."""
    modules = qr_modules(payload)
    n = len(modules)
    box = size / (n + 2 * QR_QUIET_MODULES)
    ops: list[str] = []
    for r, row in enumerate(modules):
        ry = n - 1 - r
        c = 0
        for dark, run in itertools.groupby(row):
            length = len(list(run))
            if dark:
                ops.append(f"{c} {ry} {length} 1 re")
            c += length
    canv.saveState()
    canv.transform(box, 0, 0, box, x + QR_QUIET_MODULES * box, y + QR_QUIET_MODULES * box)
    canv.setFillColor(colors.black)
    canv.addLiteral("\n".join(ops) + "\nf")
    canv.restoreState()
