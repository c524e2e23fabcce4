// The self-assessment: the questionnaire the service generates from its knowledge base for the program's setting
// (GET /api/questionnaire), one section at a time with the progress of each, the answers kept in this browser as they
// are given, saved and loaded as JSON or as the intake workbook, and checked before the results are shown.
import { el, idFor, announce } from './dom.js';
import * as store from './store.js';
import { getJson, postDescription, postFile, request, saveAs, fileStem, XLSX, ProblemError } from './api.js';
import { field, cell } from './controls.js';
import { showProblem, clearFieldErrors } from './problems.js';
import { setAsideBy, progressText, asideNote, staleAnswers, worksheetHeading, activitiesAfter } from './sections.js';

const state = store.load();
const form = document.getElementById('questionnaire');
const nav = document.getElementById('section-list');
const status = document.getElementById('status');
const saved = document.getElementById('saved');
const problemBox = document.getElementById('problems');

let questionnaire = null;
/** Every question on the page: its section, the question and its element. */
let entries = [];
let current = null;

const ctx = {
  get: path => store.valueAt(state.description, path),
  set: (path, value) => {
    store.setAt(state.description, path, value);
    changed(path);
  },
  unknown: path => state.unknown.includes(path),
  setUnknown: (path, on) => {
    state.unknown = state.unknown.filter(p => p !== path);
    if (on) state.unknown.push(path);
    changed(path);
  },
  toggleActivity: (id, on) => {
    const order = entries.filter(e => e.question.kind === 'activity').map(e => e.question.id);
    store.setAt(state.description, 'role.activities', activitiesAfter(order, ctx.get('role.activities'), id, on));
    changed('role.activities');
  }
};

function changed(path) {
  store.save(state);
  const container = form.querySelector('[data-path="' + CSS.escape(path) + '"]');
  if (container) clearFieldErrors(container);
  saved.textContent = 'Saved in this browser at ' + new Date().toLocaleTimeString() + '.';
  if (path === 'program.setting') {
    settingChanged();
  } else {
    refresh();
  }
}

async function settingChanged() {
  await loadQuestionnaire();
  render();
  show('program', false);
  document.getElementById(idFor('f', 'program.setting')).focus();
  announce(status, questionnaire.scope);
}

async function loadQuestionnaire() {
  const setting = ctx.get('program.setting');
  questionnaire = await getJson('/api/questionnaire' + (setting ? '?setting=' + encodeURIComponent(setting) : ''));
}

function groupedQuestions(section) {
  const parts = [];
  let group = null;
  let box = null;
  for (const question of section.questions) {
    const name = question.kind === 'answer' ? question.group || section.title : 'Facts about the program';
    if (section.kind === 'program') {
      box = box || el('div', { class: 'group' });
    } else if (name !== group) {
      box = el('div', { class: 'group' }, el('h3', { text: name }));
      parts.push(box);
      group = name;
    }
    const element = field(question, ctx, questionnaire.answers);
    entries.push({ section, question, element });
    box.append(element);
  }
  return section.kind === 'program' ? [box] : parts;
}

function roleBody(section) {
  const parts = [];
  const activities = el('div', { class: 'activities', id: 'q-role-activities', dataset: { path: 'role.activities' } });
  let category = null;
  let box = null;
  for (const question of section.questions) {
    const element = field(question, ctx, questionnaire.answers);
    entries.push({ section, question, element });
    if (question.kind !== 'activity') {
      parts.push(element);
      continue;
    }
    if (question.group !== category) {
      category = question.group;
      box = el('fieldset', { class: 'category' }, el('legend', { text: category }));
      activities.append(box);
    }
    box.append(element);
  }
  return [el('h3', { text: worksheetHeading(section) }), activities, el('h3', { text: 'Other duties' }), ...parts];
}

function tableBody(section) {
  const rows = el('div', { class: 'rows', id: idFor('q', section.path), dataset: { path: section.path } });
  const list = () => ctx.get(section.path) || [];
  const write = value => {
    store.setAt(state.description, section.path, value, Array.isArray(value) && value.length === 0 && none.checked);
    changed(section.path);
  };
  const draw = () => {
    rows.replaceChildren(
      ...list().map((row, i) => {
        const rowPath = section.path + '[' + i + ']';
        const legend = section.title + ', row ' + (i + 1);
        return el(
          'fieldset',
          { class: 'row', id: idFor('q', rowPath), dataset: { path: rowPath } },
          el('legend', { text: legend }),
          section.columns.map(column =>
            cell(column, rowPath, row[column.path], value => {
              const next = list().map(r => ({ ...r }));
              if (value === undefined) delete next[i][column.path];
              else next[i][column.path] = value;
              write(next);
            })
          ),
          el(
            'button',
            {
              type: 'button',
              class: 'secondary',
              onclick: () => {
                write(list().filter((r, j) => j !== i));
                draw();
                add.focus();
                announce(status, legend + ' removed.');
              }
            },
            'Remove this row',
            el('span', { class: 'visually-hidden', text: ': ' + legend })
          )
        );
      })
    );
    none.checked = Array.isArray(ctx.get(section.path)) && list().length === 0;
  };
  const none = el('input', { type: 'checkbox', id: idFor('none', section.path) });
  const add = el('button', {
    type: 'button',
    text: 'Add a row to ' + section.title.toLowerCase(),
    onclick: () => {
      none.checked = false;
      write([...list(), {}]);
      draw();
      rows.lastElementChild.querySelector('select, input').focus();
    }
  });
  none.addEventListener('change', () => {
    if (none.checked) {
      store.setAt(state.description, section.path, [], true);
      changed(section.path);
    } else {
      store.setAt(state.description, section.path, undefined);
      changed(section.path);
    }
    draw();
  });
  draw();
  const noneLabel = section.none
    ? el('p', {}, el('label', { class: 'option', for: none.id }, none, ' ' + section.none))
    : null;
  entries.push({ section, question: { kind: 'table', path: section.path }, element: rows });
  return [noneLabel, rows, el('p', {}, add)];
}

function sectionElement(section, index) {
  const headingId = 'h-' + section.id;
  const body =
    section.kind === 'role'
      ? roleBody(section)
      : section.kind === 'table'
        ? tableBody(section)
        : groupedQuestions(section);
  const previous = questionnaire.sections[index - 1];
  const next = questionnaire.sections[index + 1];
  return el(
    'section',
    { id: 's-' + section.id, class: 'q-section', 'aria-labelledby': headingId, hidden: true },
    el('h2', { id: headingId, tabindex: '-1', text: section.title }),
    el('p', { class: 'progress', id: 'progress-' + section.id }),
    section.about ? el('p', { class: 'about', text: section.about }) : null,
    section.kind === 'program' ? el('div', { id: 'stale', class: 'notice', hidden: true }) : null,
    el('p', { class: 'notice', id: 'aside-' + section.id, hidden: true }),
    body,
    el(
      'nav',
      { class: 'pager', 'aria-label': 'Next and previous sections: ' + section.title },
      previous ? el('a', { href: '#s-' + previous.id, class: 'button secondary', text: '← ' + previous.title }) : null,
      next
        ? el('a', { href: '#s-' + next.id, class: 'button', text: next.title + ' →' })
        : el('button', { type: 'button', text: 'See the results', onclick: seeResults })
    )
  );
}

function render() {
  entries = [];
  form.replaceChildren(...questionnaire.sections.map(sectionElement));
  nav.replaceChildren(
    ...questionnaire.sections.map(section =>
      el(
        'li',
        {},
        el(
          'a',
          { href: '#s-' + section.id, id: 'nav-' + section.id },
          el('span', { class: 'nav-title', text: section.title }),
          el('span', { class: 'nav-progress', id: 'nav-progress-' + section.id })
        )
      )
    )
  );
  document.getElementById('rule-set').textContent = questionnaire.ruleSet.name + ' ' + questionnaire.ruleSet.version;
  form.dataset.setting = questionnaire.setting || '';
  refresh();
}

/** Shows and hides the questions other answers set aside, and updates each section's progress. */
function refresh() {
  const aside = new Map();
  for (const entry of entries) {
    const by = entry.question.onlyIf ? setAsideBy(entry.question, ctx) : null;
    entry.element.hidden = Boolean(by);
    if (by) aside.set(entry.section.id, [...(aside.get(entry.section.id) || []), by]);
  }
  for (const section of questionnaire.sections) {
    const shown = entries.filter(e => e.section === section && !e.element.hidden).map(e => e.question);
    const text = progressText(section, shown, ctx);
    document.getElementById('progress-' + section.id).textContent = text;
    document.getElementById('nav-progress-' + section.id).textContent = text;
    const note = document.getElementById('aside-' + section.id);
    const reasons = asideNote(aside.get(section.id) || []);
    note.hidden = !reasons;
    if (reasons) note.textContent = reasons;
  }
  showStaleAnswers();
}

/** Answers to questions this setting does not ask: kept, but said, with a way to remove them. */
function showStaleAnswers() {
  const box = document.getElementById('stale');
  const stale = staleAnswers(state.description, new Set(entries.map(e => e.question.path)));
  box.hidden = stale.length === 0;
  if (!stale.length) return;
  const setting = ctx.get('program.setting');
  box.replaceChildren(
    el('p', {
      text:
        'You answered ' +
        stale.length +
        (stale.length === 1 ? ' question' : ' questions') +
        ' that ' +
        (setting ? 'a ' + setting + ' program is not asked' : 'this questionnaire does not ask') +
        ': ' +
        stale.join(', ') +
        '. They stay in your answers until you remove them.'
    }),
    el('button', {
      type: 'button',
      class: 'secondary',
      text: 'Remove those answers',
      onclick: () => {
        stale.forEach(path => store.setAt(state.description, path, undefined));
        changed('answers');
        announce(status, 'Removed ' + stale.length + ' answers the setting does not ask.');
      }
    })
  );
}

function show(sectionId, focus) {
  const section = questionnaire.sections.find(s => s.id === sectionId) || questionnaire.sections[0];
  current = section.id;
  for (const s of questionnaire.sections) {
    document.getElementById('s-' + s.id).hidden = s.id !== current;
    const link = document.getElementById('nav-' + s.id);
    if (s.id === current) link.setAttribute('aria-current', 'step');
    else link.removeAttribute('aria-current');
  }
  if (focus) document.getElementById('h-' + current).focus();
}

/** The section of an element: shown before the element is focused. */
function sectionOf(element) {
  const section = element.closest('.q-section');
  return section ? section.id.slice(2) : current;
}

function fromHash(focus) {
  const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  if (!target) {
    show(current, false);
    return;
  }
  show(sectionOf(target), focus && target.classList.contains('q-section'));
  if (focus && !target.classList.contains('q-section')) {
    (target.querySelector('input, select, textarea') || target).focus();
  }
}

function locate(path) {
  const element = form.querySelector('[data-path="' + CSS.escape(path) + '"]');
  return element ? { element, reveal: () => show(sectionOf(element), false) } : null;
}

function problem(e) {
  if (!(e instanceof ProblemError)) throw e;
  const labels = Object.fromEntries(
    entries
      .map(entry => entry.question)
      .filter(q => q.label && !['answer', 'activity'].includes(q.kind))
      .map(q => [q.label, q.path])
  );
  showProblem(problemBox, e.problem, form, locate, labels);
  announce(status, e.problem.title || 'The request failed', 'error');
}

/** Checks the answers as the advisor reads them; true when it can assess them. */
async function check() {
  clearFieldErrors(form);
  problemBox.hidden = true;
  try {
    await postDescription('/api/descriptions', store.cleaned(state.description));
    return true;
  } catch (e) {
    problem(e);
    return false;
  }
}

async function seeResults() {
  announce(status, 'Checking the answers…');
  if (await check()) {
    location.href = 'results.html';
  }
}

async function downloadJson() {
  const description = store.cleaned(state.description);
  const name = fileStem(ctx.get('program.name'), 'program-description') + '.json';
  saveAs(new Blob([JSON.stringify(description, null, 2) + '\n'], { type: 'application/json' }), name);
  announce(
    status,
    (await check())
      ? 'Downloaded ' + name + '.'
      : 'Downloaded ' + name + ', but the advisor cannot assess it until the problems listed are fixed.'
  );
}

async function downloadWorkbook() {
  announce(status, 'Writing the intake workbook…');
  const setting = ctx.get('program.setting');
  try {
    const response = await postDescription(
      '/api/template' + (setting ? '?setting=' + encodeURIComponent(setting) : ''),
      store.cleaned(state.description),
      XLSX
    );
    const name = fileStem(ctx.get('program.name'), 'program') + '-intake.xlsx';
    saveAs(await response.blob(), name);
    announce(status, 'Downloaded ' + name + ': the intake workbook with your answers filled in.');
  } catch (e) {
    problem(e);
  }
}

async function loaded(description, from) {
  if (
    store.hasAnswers(state) &&
    !window.confirm('Replace the answers kept in this browser with those in ' + from + '?')
  ) {
    return;
  }
  store.reset(state, description);
  problemBox.hidden = true;
  await loadQuestionnaire();
  render();
  show('program', true);
  saved.textContent = 'Loaded ' + from + ' and saved it in this browser.';
  announce(status, 'Loaded the answers in ' + from + '.');
}

async function loadFile() {
  const file = document.getElementById('load-file').files[0];
  if (!file) {
    announce(status, 'Choose a file to load first.', 'error');
    return;
  }
  announce(status, 'Reading ' + file.name + '…');
  try {
    await loaded(await (await postFile('/api/descriptions', file)).json(), file.name);
  } catch (e) {
    problem(e);
  }
}

async function loadPasted() {
  const text = document.getElementById('paste').value;
  const type = text.trim().startsWith('{') ? 'application/json' : 'application/yaml';
  try {
    await loaded(
      await (await request('/api/descriptions', { method: 'POST', body: text, type })).json(),
      'the pasted description'
    );
  } catch (e) {
    problem(e);
  }
}

async function startOver() {
  if (!window.confirm('Clear every answer kept in this browser?')) return;
  store.reset(state);
  await loadQuestionnaire();
  render();
  show('program', true);
  saved.textContent = 'Cleared.';
  announce(status, 'Every answer was cleared.');
}

async function start() {
  document.getElementById('see-results').addEventListener('click', seeResults);
  document.getElementById('download-json').addEventListener('click', downloadJson);
  document.getElementById('download-intake').addEventListener('click', downloadWorkbook);
  document.getElementById('load-button').addEventListener('click', loadFile);
  document.getElementById('paste-button').addEventListener('click', loadPasted);
  document.getElementById('start-over').addEventListener('click', startOver);
  window.addEventListener('hashchange', () => fromHash(true));
  try {
    await loadQuestionnaire();
  } catch (e) {
    problem(e);
    return;
  }
  render();
  current = questionnaire.sections[0].id;
  fromHash(false);
  saved.textContent = store.hasAnswers(state)
    ? 'Your earlier answers were kept in this browser.'
    : 'Nothing answered yet.';
  document.body.dataset.ready = 'true';
  if (new URLSearchParams(location.search).has('check')) {
    await check();
  }
}

start();
