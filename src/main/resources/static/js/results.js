// The results page: the answers kept in this browser, assessed by the service (POST /api/assessments): the verdict
// and why, the score of each domain as a chart, every finding in a table that sorts and filters, the staffing figures
// and the state's row, the duties with their verdicts, the action plan, and the workbook and JSON to download. A team
// can instead combine several respondents' saved files (POST /api/team-assessments): the same results, with who
// answered what and the items they disagree on as the agenda.
import { el, badge, citationList, announce, words, number, table } from './dom.js';
import * as store from './store.js';
import { getJson, postDescription, request, saveAs, fileStem, XLSX, ProblemError } from './api.js';
import { findingsTable } from './findings.js';
import { showProblem } from './problems.js';

const state = store.load();
const status = document.getElementById('status');
const out = document.getElementById('results');
/** The team's files when the results are a team's; null for the answers kept in this browser. */
let teamFiles = null;
/** The orders statuses and severities are listed in (GET /api/orders), asked once. */
let ordersAsked = null;

function orders() {
  ordersAsked =
    ordersAsked ||
    getJson('/api/orders').catch(e => {
      ordersAsked = null;
      throw e;
    });
  return ordersAsked;
}

/** The assessment of what the page shows, as JSON or as the workbook. */
function assess(accept = 'application/json') {
  if (!teamFiles) return postDescription('/api/assessments', store.cleaned(state.description), accept);
  const form = new FormData();
  teamFiles.forEach(f => form.append('respondent', f));
  return request('/api/team-assessments', { method: 'POST', body: form, accept });
}

function section(id, title, ...children) {
  return el(
    'section',
    { id, 'aria-labelledby': id + '-heading' },
    el('h2', { id: id + '-heading', text: title }),
    ...children
  );
}

/** Each answer that disagrees with the facts that settle its item: both shown, and the less favourable taken. */
function answersAgainstFacts(disagreements) {
  if (!disagreements.length) return null;
  return table(
    'Answers that disagree with your facts (the less favourable of the two is taken)',
    ['Item', 'Your answer', 'Your facts alone', 'Status taken'],
    disagreements.map(d => [d.id, d.answer + (d.note ? ' (' + d.note + ')' : ''), d.byFacts, d.status])
  );
}

function summary(a) {
  const p = a.program || {};
  const facts = [
    ['Setting', p.setting],
    ['Stage', p.stage],
    ['State', p.state],
    ['Agency', p.agency]
  ].filter(([, v]) => v);
  const open = Object.entries(a.openBySeverity).filter(([s]) => s !== 'INFO');
  return section(
    'verdict',
    'Verdict',
    el('p', { class: 'program-name', text: p.name || 'Unnamed program' }),
    facts.length ? el('p', { class: 'note', text: facts.map(([k, v]) => k + ': ' + v).join(' · ') }) : null,
    el(
      'p',
      { class: 'verdict', id: 'verdict-word' },
      badge(a.verdict),
      ' ',
      el('span', { text: 'overall score ' + number(a.scores.overall) + ' of 100' })
    ),
    el('h3', { text: 'Why' }),
    el(
      'ul',
      { id: 'verdict-reasons' },
      a.verdictReasons.map(r => el('li', { text: r }))
    ),
    el('h3', { text: 'Open findings by severity' }),
    el(
      'ul',
      { class: 'inline-list' },
      open.map(([s, n]) => el('li', { text: s + ': ' + n }))
    ),
    answersAgainstFacts(a.answerDisagreements || []),
    el(
      'p',
      { class: 'note', id: 'rule-set' },
      'Judged on ' +
        a.assessedOn +
        ' by ' +
        a.ruleSet.name +
        ' version ' +
        a.ruleSet.version +
        ' (rule files hash ' +
        a.ruleSet.hash.slice(0, 12) +
        '…).'
    ),
    el(
      'div',
      { class: 'actions' },
      el('button', {
        type: 'button',
        id: 'download-workbook',
        text: 'Download the gap-analysis workbook',
        onclick: () => downloadWorkbook(a)
      }),
      el('button', {
        type: 'button',
        id: 'download-assessment',
        class: 'secondary',
        text: 'Download the assessment (JSON)',
        onclick: () => downloadJson(a)
      })
    )
  );
}

function scoreChart(a) {
  const rows = a.scores.domains.map(d => {
    const counts =
      Object.entries(d.counts)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => n + ' ' + words(s).toLowerCase())
        .join(' · ') + (d.score == null ? ' (no score: nothing here applies or everything is waived)' : '');
    return el(
      'li',
      { class: 'score-row' },
      el(
        'span',
        { class: 'score-name' },
        d.name,
        d.scored ? null : el('span', { class: 'note', text: ' (self-assessment, not in the overall score)' })
      ),
      el(
        'span',
        { class: 'score-bar', 'aria-hidden': 'true' },
        el('span', { class: 'score-fill' + (d.scored ? '' : ' unscored'), style: { width: (d.score || 0) + '%' } })
      ),
      el('span', { class: 'score-value', text: d.score == null ? 'none' : number(d.score) }),
      el('span', { class: 'score-counts', text: counts })
    );
  });
  return section(
    'scores',
    'Score by domain',
    el(
      'figure',
      {},
      el('figcaption', {
        text:
          "Each domain's score from 0 to 100, and its findings by status. Overall: " + number(a.scores.overall) + '.'
      }),
      el('ul', { class: 'score-chart' }, rows)
    ),
    el('p', { class: 'note', text: a.scores.formula })
  );
}

function plan(a) {
  if (!a.actionPlan.length) return section('plan', 'Action plan', el('p', { text: 'No open findings.' }));
  return section(
    'plan',
    'Action plan',
    el('p', { text: 'The open findings in the order to deal with them: the most severe first, gaps before unknowns.' }),
    table(
      'Action plan',
      ['Priority', 'Finding', 'Severity', 'Status', 'What to do'],
      a.actionPlan.map(i => [i.priority, i.findingId + ': ' + i.title, i.severity, badge(i.status), i.action])
    )
  );
}

function duties(a) {
  if (!a.duties.length) {
    return section('duties', 'Duties', el('p', { text: 'No duties or worksheet activities were given.' }));
  }
  return section(
    'duties',
    'Duties',
    el('p', { text: 'Every worksheet activity marked and every duty listed, with its verdict and why.' }),
    table(
      'Duties and their verdicts',
      ['Duty', 'From', 'Verdict', 'Why'],
      a.duties.map(d => [
        d.duty.text,
        d.duty.origin,
        badge(d.verdict.fit),
        el(
          'div',
          {},
          el('p', { text: d.verdict.reason }),
          el('details', {}, el('summary', { text: 'Sources' }), citationList(d.verdict.citations))
        )
      ])
    )
  );
}

async function staffing(a) {
  const figures = a.staffing.length
    ? table(
        'Staffing figures',
        ['Figure', 'Value', 'How it was worked out'],
        a.staffing.map(s => [s.label, number(s.value) + ' ' + s.unit, s.how])
      )
    : el('p', { text: 'Nothing could be worked out: give the setting, caseload, FTE and expected participants.' });
  const part = section('staffing', "Staffing and the state's rules", figures);
  const code = a.program && a.program.state;
  if (!code) {
    part.append(
      el('p', { text: "No state was given, so the state's certification and Medicaid rules are not shown." })
    );
    return part;
  }
  try {
    const s = await getJson('/api/states/' + encodeURIComponent(code));
    const rows = [
      ['Credential', s.title],
      ['Certifying body', s.certifyingBody],
      ['Training hours', s.trainingHours],
      ['Exam', s.exam],
      ['Experience and supervised hours', s.supervisedHours],
      ['Time in recovery', s.recoveryTime],
      s.recoveryStatement
        ? [
            'Time in recovery, second source',
            s.recoveryStatement.citation.source +
              ': ' +
              s.recoveryStatement.says +
              '. The advisor follows ' +
              (s.recoveryStatement.followed ? s.recoveryStatement.citation.source : 'the state table') +
              ': ' +
              s.recoveryStatement.because +
              '.'
          ]
        : null,
      ['Medicaid authority', s.medicaidAuthority],
      [
        'Medicaid, as the advisor reads it',
        words(s.medicaid.kind) + (s.medicaid.limit ? ' (' + words(s.medicaid.limit) + ')' : '')
      ],
      [
        'Source',
        s.citation.source +
          ', ' +
          s.citation.section +
          ', ' +
          s.citation.locator +
          '. Check with the state board and the state Medicaid site before relying on it.'
      ]
    ].filter(Boolean);
    part.append(
      el('h3', { text: 'State certification and Medicaid: ' + s.jurisdiction }),
      el(
        'dl',
        { class: 'state-row', id: 'state-row' },
        rows.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v || '(not stated in the table)' })])
      )
    );
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    part.append(el('p', { text: 'The state table has no row for ' + code + '.' }));
  }
  return part;
}

function contents(a) {
  const links = [
    ['verdict', 'Verdict'],
    a.team ? ['team', "The team's answers"] : null,
    ['scores', 'Score by domain'],
    ['staffing', 'Staffing and the state'],
    ['duties', 'Duties'],
    ['plan', 'Action plan'],
    ['findings', 'Every finding']
  ].filter(Boolean);
  return el(
    'nav',
    { 'aria-label': 'On this page', class: 'contents' },
    el(
      'ul',
      {},
      links.map(([id, text]) => el('li', {}, el('a', { href: '#' + id, text })))
    )
  );
}

async function downloadWorkbook(a) {
  announce(status, 'Writing the workbook…');
  try {
    const response = await assess(XLSX);
    const name = fileStem(a.program && a.program.name, 'program') + '-assessment.xlsx';
    saveAs(await response.blob(), name);
    announce(status, 'Downloaded ' + name + '.');
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    showProblem(document.getElementById('problems'), e.problem);
  }
}

function downloadJson(a) {
  const name = fileStem(a.program && a.program.name, 'program') + '-assessment.json';
  saveAs(new Blob([JSON.stringify(a, null, 2) + '\n'], { type: 'application/json' }), name);
  announce(status, 'Downloaded ' + name + '.');
}

function team(a) {
  if (!a.team) return null;
  const t = a.team;
  const who = new Map(t.respondents.map(r => [r.name, r.role ? r.name + ' (' + words(r.role) + ')' : r.name]));
  const said = item => item.answers.map(x => who.get(x.respondent) + ': ' + x.answer).join('; ');
  const agenda = t.agenda.map(id => t.items.find(i => i.id === id));
  return section(
    'team',
    "The team's answers",
    el('p', {
      text:
        t.respondents.length + ' respondents: ' + t.respondents.map(r => who.get(r.name)).join(', ') + '. ' + t.rule.why
    }),
    t.factDisagreements.length
      ? table(
          'Facts stated differently (assessed as unknown)',
          ['Fact', 'Who said what'],
          t.factDisagreements.map(f => [f.path, f.said.map(x => x.respondent + ': ' + x.value).join('; ')])
        )
      : el('p', { text: 'The respondents state no fact differently.' }),
    agenda.length
      ? table(
          'Discussion agenda: the items answered differently, most severe first',
          ['Item', 'Severity', 'Who answered what', 'Combined answer'],
          agenda.map(i => [i.id + ': ' + i.title, i.severity, said(i), i.combined + ' (' + i.how + ')'])
        )
      : el('p', { text: 'The respondents answer every item alike.' })
  );
}

async function render(a) {
  const names = Object.fromEntries(a.scores.domains.map(d => [d.domain, d.name]));
  // The DOM writes a null child as the text "null": the team part, absent outside a team assessment, is left out.
  out.replaceChildren(
    ...[
      contents(a),
      summary(a),
      team(a),
      scoreChart(a),
      await staffing(a),
      duties(a),
      plan(a),
      section('findings', 'Every finding', findingsTable(a.findings, names, await orders()))
    ].filter(Boolean)
  );
}

/** A team's saved files, combined: at least two respondents' JSON, YAML or intake workbooks of one program. */
async function combineTeam(files) {
  teamFiles = files;
  document.getElementById('problems').hidden = true;
  announce(status, 'Combining ' + files.length + " respondents' answers…");
  try {
    const assessment = await (await assess()).json();
    await render(assessment);
    announce(
      status,
      'Team of ' +
        files.length +
        ': ' +
        assessment.verdict +
        ', overall score ' +
        number(assessment.scores.overall) +
        ', ' +
        assessment.team.agenda.length +
        ' items to discuss.'
    );
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    teamFiles = null;
    showProblem(document.getElementById('problems'), e.problem);
    announce(status, 'The files cannot be combined.', 'error');
  }
}

document.getElementById('team-form').addEventListener('submit', event => {
  event.preventDefault();
  const files = [...document.getElementById('team-files').files];
  if (files.length < 2) {
    announce(status, 'Choose two or more saved answer files, one per respondent.', 'error');
    return;
  }
  combineTeam(files);
});

async function start() {
  if (!store.hasAnswers(state)) {
    out.replaceChildren(
      el(
        'p',
        {},
        'No answers are kept in this browser yet. ',
        el('a', { href: 'index.html', text: 'Start the self-assessment' }),
        ' or load a saved file there.'
      )
    );
    announce(status, 'Nothing to assess yet.');
    document.body.dataset.ready = 'true';
    return;
  }
  announce(status, 'Assessing the answers…');
  try {
    const assessment = await (await postDescription('/api/assessments', store.cleaned(state.description))).json();
    await render(assessment);
    const target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) target.scrollIntoView();
    announce(
      status,
      (assessment.program && assessment.program.name ? assessment.program.name + ': ' : '') +
        assessment.verdict +
        ', overall score ' +
        number(assessment.scores.overall) +
        '.'
    );
  } catch (e) {
    if (!(e instanceof ProblemError)) throw e;
    const box = document.getElementById('problems');
    showProblem(box, e.problem);
    box.append(el('p', {}, el('a', { href: 'index.html?check', text: 'Fix these in the self-assessment' })));
    announce(status, 'The answers cannot be assessed yet.', 'error');
  }
  document.body.dataset.ready = 'true';
}

start();
