"""Chinese numerals as numbers (``二十六`` → 26, ``三万五`` → 35000, ``二〇二四`` → 2024, ``一点五`` → 1.5).

A small reader for what reports write: digits ``零〇一二两三四五六七八九`` (and the financial
forms ``壹贰叁肆伍陆柒捌玖拾佰仟``), units ``十百千`` within a section and ``万亿`` between
sections (``一万亿`` is 10^12), the spoken abbreviation of a last unit (``一千五`` is 1500, but
``一千零五`` is 1005), digit-by-digit years (``二〇二四``) and decimals after ``点``. Anything
else — units out of order (``十百``), digits side by side inside a unit number (``二三十``, a
range), a bare unit (``万``) — is not a number: :func:`chinese_numeral` returns None.

It replaces cn2an, whose import alone took a fifth of a second (it compiles large patterns and
reads configuration files), on the path of every command that reads an outline or checks numbers.

>>> [chinese_numeral(t) for t in ("二十六", "十二", "一百零五", "两千", "三万五", "二〇二四", "一点五")]
[26, 12, 105, 2000, 35000, 2024, 1.5]
>>> [chinese_numeral(t) for t in ("三亿五千万", "二十万零三", "一千零一十", "一万亿", "壹佰", "零")]
[350000000, 200003, 1010, 1000000000000, 100, 0]
>>> [chinese_numeral(t) for t in ("万", "十百", "二三十", "百分之", "", "点五")]
[None, None, None, None, None, None]
"""

from __future__ import annotations

__all__ = ["chinese_numeral", "chinese_integer", "DIGITS", "UNITS"]

DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_BIG = {"万": 10**4, "亿": 10**8}
UNITS = {**_SMALL, **_BIG}


def chinese_integer(token: str) -> int | None:
    """The integer a run of Chinese numerals writes, or None when it is not one."""
    if not token or any(c not in DIGITS and c not in UNITS for c in token):
        return None
    if all(c in DIGITS for c in token):  # digit by digit: 二〇二四, 九九
        if len(token) > 1 and "两" in token:
            return None
        return int("".join(str(DIGITS[c]) for c in token))
    total = section = 0
    number: int | None = None  # the digit waiting for its unit
    last_small = 10**5  # units inside a section must fall: 千 … 百 … 十
    for c in token:
        if c in DIGITS:
            d = DIGITS[c]
            if number and d:
                return None  # 二三十: a range, not one number
            number = d
        elif c in _SMALL:
            u = _SMALL[c]
            if u >= last_small or number == 0:
                return None
            if number is None:
                if u != 10:
                    return None  # 百 with no digit before it
                number = 1  # 十二 is 一十二
            section += number * u
            number, last_small = None, u
        else:  # 万 or 亿
            part = section + (number or 0)
            if not part and not total:
                return None  # 万 with nothing before it
            total = (total + part) * _BIG[c] if c == "亿" else total + part * _BIG[c]
            section, number, last_small = 0, None, 10**5
    if number and token[-2] in UNITS and UNITS[token[-2]] >= 100:
        number *= UNITS[token[-2]] // 10  # 三万五 / 一千五: a tenth of the unit before (一百零五 is 105)
    return total + section + (number or 0)


def chinese_numeral(token: str) -> int | float | None:
    """The number a run of Chinese numerals writes (an int, a float with ``点``), or None."""
    if "点" in token:
        whole, _, frac = token.partition("点")
        value = chinese_integer(whole)
        if value is None or not frac or any(c not in DIGITS or c == "两" for c in frac):
            return None
        return float(f"{value}.{''.join(str(DIGITS[c]) for c in frac)}")
    return chinese_integer(token)
