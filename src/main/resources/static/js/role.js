// Checking a proposed peer role on its own (POST /api/roles/check): duties typed one per line, or a job description
// as a Word document, a PDF or a text file; each duty with its verdict and why, the role findings, and the sections
// of a job description that were not read as duties.
import { el, badge, announce, citationList } from './dom.js';
import { request, postFile, ProblemError } from './api.js';
import { showProblem } from './problems.js';

const status = document.getElementById('status');
const result = document.getElementById('result');
const problems = document.getElementById('problems');

function table(caption, headers, rows) {
  return el('div', { class: 'table-wrap' },
    el('table', { class: 'cards' },
      el('caption', { text: caption }),
      el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows.map(cells => el('tr', {}, cells.map((c, i) => el('td', { 'data-label': headers[i] },
        c instanceof Node ? c : String(c == null ? '' : c))))))));
}

function show(review) {
  problems.hidden = true;
  announce(status, review.duties.length + ' duties reviewed');
  const parts = [
    el('h2', { text: 'Duties' }),
    table('Each duty and its verdict', ['Duty', 'From', 'Verdict', 'Why'],
      review.duties.map(d => [d.duty.text, d.duty.origin, badge(d.verdict.fit),
        el('div', {}, el('p', { text: d.verdict.reason }),
          el('details', {}, el('summary', { text: 'Sources' }), citationList(d.verdict.citations)))]))
  ];
  if (review.skippedSections && review.skippedSections.length) {
    parts.push(el('h2', { text: 'Skipped sections (not reviewed)' }),
      table('Sections not read as duties', ['Section', 'Page', 'Lines', 'Why'],
        review.skippedSections.map(s => [s.heading, s.page || '', s.lines, s.why])));
  }
  parts.push(el('h2', { text: 'Role findings' }),
    table('Role findings', ['Role finding', 'Status', 'Why'],
      review.findings.map(f => [f.title, badge(f.status), f.rationale])));
  result.replaceChildren(...parts);
}

async function check(call) {
  announce(status, 'Working…');
  try {
    show(await (await call()).json());
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    result.replaceChildren();
    showProblem(problems, e.problem);
    announce(status, e.problem.title || 'The request failed', 'error');
  }
}

document.getElementById('duties-form').addEventListener('submit', event => {
  event.preventDefault();
  const text = document.getElementById('duties').value;
  check(() => request('/api/roles/check', { method: 'POST', body: text, type: 'text/plain' }));
});

document.getElementById('job-form').addEventListener('submit', event => {
  event.preventDefault();
  check(() => postFile('/api/roles/check', document.getElementById('job-description').files[0]));
});
