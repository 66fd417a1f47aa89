"""A self-contained HTML page for a run: a summary table, then every article with its
findings highlighted in place (``--format html``).

The page loads nothing from elsewhere: styles and the small script are inline. Each
finding is one ``mark.finding`` at the start of its span (a span cut by another
finding's goes on in ``mark.finding-more`` pieces); clicking or focusing it opens its
note — message, suggestion, related spans, the fix as before and after — and lights up
the spans it relates to.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from html import escape
from itertools import pairwise

from ..engine.messages import Language, render
from ..findings import Finding
from .model import FileResult, RunResult
from .text import count_phrase, totals_line

__all__ = ["render_html"]

_CONTEXT = 12  # characters shown either side of a fix


def _say(key: str, language: Language, **args: object) -> str:
    return render({}, f"ui-html-{key}", args, language)


def _label(key: str, language: Language, **args: object) -> str:
    return render({}, f"ui-{key}", args, language)


@dataclass(frozen=True, slots=True)
class _Mark:
    """A highlighted range: a finding's span or one of its related spans."""

    start: int
    end: int
    ident: str  # the finding's id
    related: bool
    severity: str
    order: int  # text order of the finding, to nest overlapping marks the same way everywhere


def render_html(result: RunResult, sources: dict[str, str], language: Language = "zh") -> str:
    """The page for ``result``; ``sources`` holds each file's original text by shown path."""
    articles = [
        _article(index, file_result, sources.get(file_result.path, ""), language)
        for index, file_result in enumerate(result.files)
        if file_result.findings
    ]
    clean = [file_result.path for file_result in result.files if not file_result.findings]
    body = [
        f"<header><h1>{escape(_say('title', language))}</h1>",
        f"<p class=\"totals\">{escape(totals_line(result, language))}</p></header>",
        _summary(result, language),
    ]
    if clean:
        body.append(
            f"<details class=\"clean\"><summary>{escape(_say('clean', language, n=len(clean)))}</summary><ul>"
            + "".join(f"<li>{escape(path)}</li>" for path in clean)
            + "</ul></details>"
        )
    if result.errors:
        body.append(
            f"<section class=\"errors\"><h2>{escape(_say('errors', language))}</h2><ul>"
            + "".join(f"<li><b>{escape(e.path)}</b>: {escape(e.message)}</li>" for e in result.errors)
            + "</ul></section>"
        )
    body.extend(articles)
    lang = "zh-CN" if language == "zh" else "en"
    return (
        f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{escape(_say('title', language))}</title><style>{_STYLE}</style></head>"
        f"<body>{''.join(body)}<script>{_SCRIPT}</script></body></html>\n"
    )


def _summary(result: RunResult, language: Language) -> str:
    """Files × rules: how many findings of each rule in each file, worst severity coloured."""
    findings = result.findings
    if not findings:
        return ""
    codes = sorted({finding.code for finding in findings})
    severity_of = {finding.code: finding.severity.value for finding in findings}
    names = {finding.code: finding.rule for finding in findings}
    head = "".join(
        f"<th class=\"sev-{severity_of[code]}\" title=\"{escape(names[code])}\">{code}</th>" for code in codes
    )
    rows = []
    for index, file_result in enumerate(result.files):
        if not file_result.findings:
            continue
        counts = Counter(finding.code for finding in file_result.findings)
        cells = "".join(
            f"<td class=\"sev-{severity_of[code]}\">{counts[code]}</td>" if counts[code] else "<td></td>"
            for code in codes
        )
        link = f"<a href=\"#file-{index}\">{escape(file_result.path)}</a>"
        rows.append(f"<tr><th scope=\"row\">{link}</th>{cells}<td>{len(file_result.findings)}</td></tr>")
    totals = Counter(finding.code for finding in findings)
    total_cells = "".join(f"<td>{totals[code]}</td>" for code in codes)
    total = _say("total", language)
    return (
        f"<section class=\"summary\"><h2>{escape(_say('summary', language))}</h2>"
        f"<table><thead><tr><th>{escape(_say('file', language))}</th>{head}<th>{escape(total)}</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody><tfoot><tr><th>{escape(total)}</th>{total_cells}"
        f"<td>{len(findings)}</td></tr></tfoot></table>{_legend(findings, language)}</section>"
    )


def _legend(findings: list[Finding], language: Language) -> str:
    rules = sorted({(finding.code, finding.rule, finding.severity.value) for finding in findings})
    items = "".join(
        f"<li><span class=\"chip sev-{severity}\">{code}</span> {escape(name)} · "
        f"{escape(_label(severity, language))}</li>"
        for code, name, severity in rules
    )
    return f"<ul class=\"legend\">{items}</ul>"


def _article(index: int, file_result: FileResult, source: str, language: Language) -> str:
    findings = sorted(file_result.findings, key=lambda f: (f.span.start, f.span.end, f.code))
    marks: list[_Mark] = []
    for order, finding in enumerate(findings):
        ident = f"f{index}-{order}"
        severity = finding.severity.value
        marks.append(_Mark(*_visible(finding.span.start, finding.span.end, len(source)), ident, False, severity, order))
        for related in finding.related:
            marks.append(_Mark(*_visible(related.span.start, related.span.end, len(source)), ident, True, severity, order))
    text = _highlighted(source, marks) if source else ""
    notes = "".join(_note(f"f{index}-{order}", finding, source, language) for order, finding in enumerate(findings))
    return (
        f"<section class=\"article\" id=\"file-{index}\"><h2>{escape(file_result.path)}</h2>"
        f"<p class=\"count\">{escape(count_phrase(len(findings), 'finding', language))}</p>"
        f"<pre class=\"source\">{text}</pre><ol class=\"notes\">{notes}</ol></section>"
    )


def _visible(start: int, end: int, length: int) -> tuple[int, int]:
    """A span with at least one character to highlight (an empty span takes its neighbour)."""
    if end > start or length == 0:
        return start, end
    return (start, start + 1) if start < length else (start - 1, start)


def _highlighted(source: str, marks: list[_Mark]) -> str:
    """The source with every mark wrapped around its text, nested the same way in every
    piece: the text is cut at every mark boundary, and each piece is wrapped by the marks
    covering it (the first piece of a finding's own span is its anchor)."""
    cuts = sorted({0, len(source), *(m.start for m in marks), *(m.end for m in marks)})
    cuts = [cut for cut in cuts if 0 <= cut <= len(source)]
    starts: dict[int, list[_Mark]] = {}
    for mark in marks:
        starts.setdefault(mark.start, []).append(mark)
    active: list[_Mark] = []
    anchored: set[str] = set()
    pieces: list[str] = []
    for left, right in pairwise(cuts):
        active = [mark for mark in active if mark.end > left] + starts.get(left, [])
        active.sort(key=lambda mark: (mark.order, mark.related))
        piece = escape(source[left:right])
        for mark in reversed(active):
            piece = _wrap(mark, piece, anchored)
        pieces.append(piece)
    return "".join(pieces)


def _wrap(mark: _Mark, inner: str, anchored: set[str]) -> str:
    if mark.related:
        return f"<mark class=\"related\" data-for=\"{mark.ident}\">{inner}</mark>"
    if mark.ident in anchored:
        return f"<mark class=\"finding-more sev-{mark.severity}\" data-for=\"{mark.ident}\">{inner}</mark>"
    anchored.add(mark.ident)
    return (
        f"<mark class=\"finding sev-{mark.severity}\" id=\"{mark.ident}\" data-for=\"{mark.ident}\" "
        f"tabindex=\"0\" role=\"button\" aria-controls=\"note-{mark.ident}\">{inner}</mark>"
    )


def _note(ident: str, finding: Finding, source: str, language: Language) -> str:
    """A finding's note: code, message, suggestion, related spans, the fix as before/after."""
    parts = [
        f"<li class=\"note sev-{finding.severity.value}\" id=\"note-{ident}\" data-for=\"{ident}\">",
        f"<a class=\"where\" href=\"#{ident}\">{finding.line}:{finding.column}</a> ",
        f"<span class=\"chip sev-{finding.severity.value}\">{finding.code}</span> ",
        f"<span class=\"rule\">{escape(finding.rule)}</span>",
        f"<p class=\"message\">{escape(finding.message)}</p>",
    ]
    if finding.suggestion:
        parts.append(f"<p class=\"suggestion\">{escape(_say('suggestion', language))}{escape(finding.suggestion)}</p>")
    if finding.related:
        items = "".join(
            f"<li><a href=\"#{ident}\" data-for=\"{ident}\">{related.line}:{related.column}</a> {escape(related.note)}</li>"
            for related in finding.related
        )
        parts.append(f"<ul class=\"related-list\">{items}</ul>")
    if finding.fix is not None and source:
        parts.append(_fix(finding, source, language))
    parts.append("</li>")
    return "".join(parts)


def _fix(finding: Finding, source: str, language: Language) -> str:
    """The fix as the text around its edits, before and after."""
    assert finding.fix is not None
    edits = sorted(finding.fix.edits, key=lambda edit: edit.span.start)
    if not edits:
        return ""
    low = max(0, edits[0].span.start - _CONTEXT)
    high = min(len(source), edits[-1].span.end + _CONTEXT)
    before, after, position = [], [], low
    for edit in edits:
        kept = escape(source[position : edit.span.start])
        before += [kept, f"<del>{escape(source[edit.span.start : edit.span.end])}</del>"]
        after += [kept, f"<ins>{escape(edit.replacement)}</ins>" if edit.replacement else ""]
        position = edit.span.end
    tail = escape(source[position:high])
    label = _say("fix" if finding.fix.safe else "unsafe-fix", language)
    return (
        f"<div class=\"fix\"><p>{escape(label)}{escape(finding.fix.description)}</p>"
        f"<p class=\"before\"><b>{escape(_say('before', language))}</b><code>{''.join(before)}{tail}</code></p>"
        f"<p class=\"after\"><b>{escape(_say('after', language))}</b><code>{''.join(after)}{tail}</code></p></div>"
    )


_STYLE = """
:root{--error:#d93025;--warning:#e8a600;--info:#1a73e8;--ink:#202124;--muted:#5f6368;--line:#dadce0}
*{box-sizing:border-box}
body{margin:0 auto;max-width:72rem;padding:1.5rem;font:15px/1.7 -apple-system,"PingFang SC","Noto Sans CJK SC",
"Microsoft YaHei",sans-serif;color:var(--ink);background:#fafafa}
h1{font-size:1.5rem;margin:0 0 .25rem}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.totals,.count{color:var(--muted);margin:0}
table{border-collapse:collapse;background:#fff;font-size:.9rem}
th,td{border:1px solid var(--line);padding:.2rem .6rem;text-align:center}
tbody th,tfoot th{text-align:left;font-weight:normal}
td.sev-error{background:#fce8e6}td.sev-warning{background:#fef7e0}td.sev-info{background:#e8f0fe}
.legend{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;font-size:.85rem}
.chip{display:inline-block;padding:0 .4rem;border-radius:.25rem;color:#fff;font-size:.8rem;font-family:monospace}
.chip.sev-error{background:var(--error)}.chip.sev-warning{background:var(--warning)}.chip.sev-info{background:var(--info)}
.article{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:0 1.25rem 1rem;margin-top:1.5rem}
pre.source{white-space:pre-wrap;word-break:break-all;font:inherit;margin:0}
mark{background:none;color:inherit;cursor:pointer}
mark.finding,mark.finding-more{border-bottom:3px solid;padding:0 1px}
mark.sev-error{background:#fce8e6;border-color:var(--error)}
mark.sev-warning{background:#fef7e0;border-color:var(--warning)}
mark.sev-info{background:#e8f0fe;border-color:var(--info)}
mark.related{border-bottom:2px dashed var(--muted)}
mark.active{outline:2px solid var(--ink);background:#fff3b0}
ol.notes{padding-left:1.25rem;font-size:.92rem}
li.note{margin:.5rem 0;padding:.25rem .5rem;border-left:4px solid var(--line)}
li.note.sev-error{border-color:var(--error)}li.note.sev-warning{border-color:var(--warning)}
li.note.sev-info{border-color:var(--info)}
li.note.open{background:#fff8d6;outline:1px solid var(--warning)}
.note p{margin:.15rem 0}.rule{color:var(--muted);font-size:.85rem}
.suggestion{color:#137333}.related-list{margin:.15rem 0;padding-left:1.25rem;color:var(--muted)}
.fix code{font:inherit;background:#f1f3f4;padding:0 .25rem}
del{background:#fce8e6;color:var(--error)}ins{background:#e6f4ea;color:#137333;text-decoration:none}
#popover{position:absolute;z-index:10;max-width:32rem;background:#fff;border:1px solid var(--line);
border-radius:.5rem;box-shadow:0 4px 16px rgba(0,0,0,.18);padding:.5rem .75rem;font-size:.9rem;list-style:none}
#popover[hidden]{display:none}
"""

_SCRIPT = """
(function(){
  var popover=document.createElement('ol');popover.id='popover';popover.hidden=true;
  popover.setAttribute('role','dialog');document.body.appendChild(popover);
  function light(id,on){document.querySelectorAll('mark[data-for="'+id+'"]').forEach(function(m){
    m.classList.toggle('active',on);});}
  var current=null;
  function close(){if(current){light(current,false);var n=document.getElementById('note-'+current);
    if(n){n.classList.remove('open');}}current=null;popover.hidden=true;popover.innerHTML='';}
  function open(mark){var id=mark.getAttribute('data-for');if(current===id){close();return;}close();
    current=id;light(id,true);var note=document.getElementById('note-'+id);note.classList.add('open');
    popover.innerHTML='';var copy=note.cloneNode(true);copy.removeAttribute('id');copy.classList.remove('open');
    popover.appendChild(copy);popover.hidden=false;var anchor=document.getElementById(id)||mark;
    var box=anchor.getBoundingClientRect();popover.style.top=(window.scrollY+box.bottom+6)+'px';
    popover.style.left=Math.max(8,Math.min(window.scrollX+box.left,window.scrollX+
      document.documentElement.clientWidth-popover.offsetWidth-8))+'px';}
  document.addEventListener('click',function(event){
    var mark=event.target.closest('mark[data-for]');
    if(mark){event.preventDefault();open(mark);return;}
    if(!event.target.closest('#popover')){close();}});
  document.addEventListener('keydown',function(event){
    if(event.key==='Escape'){close();}
    if((event.key==='Enter'||event.key===' ')&&event.target.matches('mark.finding')){
      event.preventDefault();open(event.target);}});
  document.querySelectorAll('mark[data-for]').forEach(function(m){
    var id=m.getAttribute('data-for');
    m.addEventListener('mouseenter',function(){light(id,true);});
    m.addEventListener('mouseleave',function(){if(current!==id){light(id,false);}});
    var note=document.getElementById('note-'+id);
    if(note&&!m.title){m.title=note.querySelector('.message').textContent;}});
})();
"""
