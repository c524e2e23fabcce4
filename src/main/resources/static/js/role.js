// Checking a proposed peer role on its own (POST /api/roles/check): duties typed one per line, or a job description
// as a Word document, a PDF or a text file, judged for the chosen setting; each duty with its verdict, why, what was
// read and what to write instead, the role findings, the sections of a job description that were not read as duties,
// and the role-review workbook to download.
import { el, badge, announce, citationList, table } from './dom.js';
import { request, postFile, saveAs, XLSX, ProblemError } from './api.js';
import { showProblem } from './problems.js';

const status = document.getElementById('status');
const result = document.getElementById('result');
const problems = document.getElementById('problems');

/** The last check, so that its workbook can be asked for: a function of the Accept type. */
let last = null;

/** The address with the chosen setting, if any. */
function address() {
  const setting = document.getElementById('setting').value;
  return '/api/roles/check' + (setting ? '?setting=' + encodeURIComponent(setting) : '');
}

/** Why, what was read (who does what to whom) and what to write instead, for one duty. */
function why(verdict) {
  return el(
    'div',
    {},
    el('p', { text: verdict.reason }),
    verdict.readAs && verdict.readAs.length
      ? el('p', { class: 'read-as' }, el('strong', { text: 'Read as: ' }), verdict.readAs.join('; '))
      : null,
    verdict.instead ? el('p', { class: 'instead' }, el('strong', { text: 'Write instead: ' }), verdict.instead) : null,
    el('details', {}, el('summary', { text: 'Sources' }), citationList(verdict.citations))
  );
}

function show(review) {
  problems.hidden = true;
  announce(status, review.duties.length + ' duties reviewed');
  const parts = [
    el('h2', { text: 'Duties' }),
    table(
      'Each duty and its verdict',
      ['Duty', 'From', 'Verdict', 'Why'],
      review.duties.map(d => [d.duty.text, d.duty.origin, badge(d.verdict.fit), why(d.verdict)])
    ),
    el('button', {
      type: 'button',
      id: 'download-role-workbook',
      text: 'Download the role-review workbook',
      onclick: downloadWorkbook
    })
  ];
  if (review.skippedSections && review.skippedSections.length) {
    parts.push(
      el('h2', { text: 'Skipped sections (not reviewed)' }),
      table(
        'Sections not read as duties',
        ['Section', 'Page', 'Lines', 'Why'],
        review.skippedSections.map(s => [s.heading, s.page || '', s.lines, s.why])
      )
    );
  }
  parts.push(
    el('h2', { text: 'Role findings' }),
    table(
      'Role findings',
      ['Role finding', 'Status', 'Why'],
      review.findings.map(f => [f.title, badge(f.status), f.rationale])
    )
  );
  result.replaceChildren(...parts);
}

async function downloadWorkbook() {
  try {
    saveAs(await (await last(XLSX)).blob(), 'role-review.xlsx');
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    showProblem(problems, e.problem);
  }
}

async function check(call) {
  announce(status, 'Working…');
  last = call;
  try {
    show(await (await call('application/json')).json());
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
  const url = address();
  check(accept => request(url, { method: 'POST', body: text, type: 'text/plain', accept }));
});

document.getElementById('job-form').addEventListener('submit', event => {
  event.preventDefault();
  const url = address();
  const file = document.getElementById('job-description').files[0];
  check(accept => postFile(url, file, accept));
});
