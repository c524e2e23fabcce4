// The advisor's page: send an upload, a pasted description or a list of duties to the API, show the verdict and the
// findings that matter most, and offer the workbook for download. Plain JavaScript, no build step.
'use strict';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const statusBox = document.getElementById('status');
const resultBox = document.getElementById('result');
const downloadButton = document.getElementById('download-button');
let lastRequest = null;

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text == null ? '' : String(text);
  if (className) td.className = className;
  row.appendChild(td);
}

function table(headers, rows) {
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  headers.forEach(h => { const th = document.createElement('th'); th.scope = 'col'; th.textContent = h; head.appendChild(th); });
  const body = t.createTBody();
  rows.forEach(r => { const tr = body.insertRow(); r.forEach(c => cell(tr, c.text, c.cls)); });
  return t;
}

function showProblem(problem) {
  statusBox.textContent = problem.title || 'The request failed';
  statusBox.className = 'error';
  resultBox.replaceChildren();
  const list = document.createElement('ul');
  (problem.errors || [{ problem: problem.detail }]).forEach(e => {
    const li = document.createElement('li');
    li.textContent = (e.path ? e.path + ': ' : '') + e.problem + (e.hint ? ' (' + e.hint + ')' : '');
    list.appendChild(li);
  });
  resultBox.appendChild(list);
  downloadButton.hidden = true;
}

function showAssessment(a) {
  statusBox.className = a.verdict;
  statusBox.textContent = (a.program && a.program.name ? a.program.name + ': ' : '') + a.verdict
    + ' (overall score ' + a.scores.overall + ')';
  const top = a.actionPlan.slice(0, 10);
  const heading = document.createElement('h3');
  heading.textContent = top.length ? 'Most urgent of ' + a.actionPlan.length + ' open findings' : 'No open findings';
  const reasons = document.createElement('p');
  reasons.textContent = a.verdictReasons.join('; ');
  resultBox.replaceChildren(reasons, heading,
    table(['Finding', 'Status', 'Severity', 'What to do'],
      top.map(i => [{ text: i.findingId }, { text: i.status, cls: i.status }, { text: i.severity }, { text: i.action }])));
  downloadButton.hidden = false;
}

function showRole(r) {
  statusBox.className = '';
  statusBox.textContent = r.duties.length + ' duties reviewed';
  const findings = table(['Role finding', 'Status', 'Why'],
    r.findings.map(f => [{ text: f.title }, { text: f.status, cls: f.status }, { text: f.rationale }]));
  const duties = table(['Duty', 'From', 'Verdict', 'Why'],
    r.duties.map(d => [{ text: d.duty.text }, { text: d.duty.origin }, { text: d.verdict.fit, cls: d.verdict.fit },
      { text: d.verdict.reason }]));
  const parts = [duties];
  if (r.skippedSections && r.skippedSections.length) {
    const heading = document.createElement('h3');
    heading.textContent = 'Skipped sections (not reviewed)';
    parts.push(heading, table(['Section', 'Page', 'Lines', 'Why'],
      r.skippedSections.map(s => [{ text: s.heading }, { text: s.page || '' }, { text: s.lines }, { text: s.why }])));
  }
  parts.push(findings);
  resultBox.replaceChildren(...parts);
  downloadButton.hidden = true;
}

async function send(url, body, contentType, show) {
  statusBox.className = '';
  statusBox.textContent = 'Working…';
  const headers = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  const response = await fetch(url, { method: 'POST', body: body, headers: headers });
  const payload = await response.json();
  if (!response.ok) { showProblem(payload); return false; }
  show(payload);
  return true;
}

document.getElementById('upload-form').addEventListener('submit', async event => {
  event.preventDefault();
  const file = document.getElementById('workbook').files[0];
  const form = () => { const f = new FormData(); f.append('file', file); return f; };
  if (await send('/api/assessments', form(), null, showAssessment)) lastRequest = { body: form, type: null, name: file.name };
});

document.getElementById('paste-form').addEventListener('submit', async event => {
  event.preventDefault();
  const text = document.getElementById('description').value;
  const type = text.trim().startsWith('{') ? 'application/json' : 'application/yaml';
  if (await send('/api/assessments', text, type, showAssessment)) lastRequest = { body: () => text, type: type, name: 'description' };
});

document.getElementById('duties-form').addEventListener('submit', async event => {
  event.preventDefault();
  await send('/api/roles/check', document.getElementById('duties').value, 'text/plain', showRole);
});

document.getElementById('job-form').addEventListener('submit', async event => {
  event.preventDefault();
  const form = new FormData();
  form.append('file', document.getElementById('job-description').files[0]);
  await send('/api/roles/check', form, null, showRole);
});

downloadButton.addEventListener('click', async () => {
  if (!lastRequest) return;
  const headers = { Accept: XLSX };
  if (lastRequest.type) headers['Content-Type'] = lastRequest.type;
  const response = await fetch('/api/assessments', { method: 'POST', body: lastRequest.body(), headers: headers });
  if (!response.ok) { showProblem(await response.json()); return; }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = lastRequest.name.replace(/\.[^.]*$/, '') + '-assessment.xlsx';
  document.body.appendChild(link);
  link.click();
  link.remove();
  statusBox.textContent += ' · workbook downloaded';
});
