// The findings table of the results page: every finding with its rationale, what to do and its sources, sorted by
// any column and filtered by status, severity, domain and words. Statuses and severities sort in the orders the
// service gives (GET /api/orders), most in need of attention first.
import { el, badge, citationList, words } from './dom.js';

/** The table's columns; value(f, names, orders) is what a column sorts by. */
export const COLUMNS = [
  { key: 'id', label: 'ID', value: f => f.id },
  { key: 'title', label: 'Finding', value: f => f.title },
  { key: 'domain', label: 'Domain', value: (f, names) => names[f.domain] || f.domain },
  { key: 'status', label: 'Status', value: (f, names, orders) => orders.statuses.indexOf(f.status) },
  { key: 'severity', label: 'Severity', value: (f, names, orders) => orders.severities.indexOf(f.severity) }
];

function select(id, label, values, name = v => words(v)) {
  const control = el(
    'select',
    { id },
    el('option', { value: '', text: 'All' }),
    values.map(v => el('option', { value: v, text: name(v) }))
  );
  return [el('label', { for: id, text: label }), control];
}

/** The words a finding is found by: its id, title, group, rationale, recommendation and sources. */
export function searchable(f) {
  return [
    f.id,
    f.title,
    f.group,
    f.rationale,
    f.recommendation,
    ...(f.citations || []).map(c => c.source + ' ' + c.section + ' ' + c.locator)
  ]
    .join(' ')
    .toLowerCase();
}

/**
 * The findings a filter keeps: each of status, severity and domain when chosen, and every word of text somewhere in
 * the finding, in any case.
 */
export function filterFindings(findings, { status = '', severity = '', domain = '', text = '' } = {}) {
  const terms = text.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return findings.filter(
    f =>
      (!status || f.status === status) &&
      (!severity || f.severity === severity) &&
      (!domain || f.domain === domain) &&
      terms.every(w => searchable(f).includes(w))
  );
}

/** The findings sorted by a column's value, numbers as numbers and text as text; ties keep their order. */
export function sortFindings(findings, key, ascending, names, orders) {
  const column = COLUMNS.find(c => c.key === key);
  return [...findings].sort((a, b) => {
    const x = column.value(a, names, orders);
    const y = column.value(b, names, orders);
    const order = typeof x === 'number' ? x - y : String(x).localeCompare(String(y));
    return ascending ? order : -order;
  });
}

/** The values of an order that occur among the findings' values, in the order. */
export function presentIn(order, values) {
  const present = new Set(values);
  return order.filter(v => present.has(v));
}

function lowerFirst(text) {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function details(f) {
  return el(
    'details',
    {},
    el('summary', {}, 'What to do and sources', el('span', { class: 'visually-hidden', text: ': ' + f.id })),
    el('p', {}, el('strong', { text: 'What to do: ' }), f.recommendation),
    el('p', { class: 'sources-label', text: 'Sources:' }),
    citationList(f.citations),
    f.evidence && f.evidence.length ? el('p', { text: 'Based on: ' + f.evidence.join(', ') }) : null,
    f.decidedBy ? el('p', { class: 'note', text: 'Decided by the rule "' + f.decidedBy + '".' }) : null,
    ...(f.readings || []).map(r =>
      el('p', {
        class: 'note',
        text:
          "Rests on the advisor's reading " +
          r.id +
          ' (' +
          (r.chosenByUser ? 'your choice' : 'the default') +
          ', ' +
          r.alternative +
          '): the sources say ' +
          lowerFirst(r.source) +
          ' The advisor reads: ' +
          r.reading
      })
    ),
    f.waiver
      ? el('p', {
          text:
            'Waiver approved by ' +
            f.waiver.approvedBy +
            ' until ' +
            f.waiver.expires +
            (f.waiver.expired ? ' (expired)' : '') +
            ': ' +
            f.waiver.justification +
            '. Without it: ' +
            f.waiver.statusWithoutWaiver +
            '.'
        })
      : null
  );
}

function row(f, names) {
  return el(
    'tr',
    { id: 'finding-' + f.id },
    el('td', { 'data-label': 'ID', class: 'nowrap', text: f.id }),
    el(
      'td',
      { 'data-label': 'Finding' },
      el('strong', { class: 'finding-title', text: f.title }),
      el('p', { class: 'rationale', text: f.rationale }),
      details(f)
    ),
    el('td', { 'data-label': 'Domain', text: names[f.domain] || f.domain }),
    el('td', { 'data-label': 'Status' }, badge(f.status)),
    el('td', { 'data-label': 'Severity', text: f.severity })
  );
}

/**
 * The table and its filters, for the assessment's findings.
 * @param names  a domain id to its name
 * @param orders the statuses and severities in the order to list them (GET /api/orders)
 */
export function findingsTable(findings, names, orders) {
  const sort = { key: null, ascending: true };
  const present = key => [...new Set(findings.map(f => f[key]))];
  const statuses = presentIn(orders.statuses, present('status'));
  const severities = presentIn(orders.severities, present('severity'));
  const [statusLabel, status] = select('filter-status', 'Status', statuses);
  const [severityLabel, severity] = select('filter-severity', 'Severity', severities, v => v);
  const [domainLabel, domain] = select('filter-domain', 'Domain', present('domain'), v => names[v] || v);
  const text = el('input', { type: 'search', id: 'filter-text' });
  const count = el('p', { id: 'findings-count', role: 'status', 'aria-live': 'polite' });
  const body = el('tbody');
  const headers = COLUMNS.map(column => {
    const button = el(
      'button',
      { type: 'button', class: 'sort', dataset: { key: column.key } },
      column.label,
      el('span', { class: 'sort-mark', 'aria-hidden': 'true' })
    );
    return el('th', { scope: 'col', 'aria-sort': 'none' }, button);
  });

  function draw() {
    const filtered = filterFindings(findings, {
      status: status.value,
      severity: severity.value,
      domain: domain.value,
      text: text.value
    });
    const shown = sort.key ? sortFindings(filtered, sort.key, sort.ascending, names, orders) : filtered;
    body.replaceChildren(...shown.map(f => row(f, names)));
    count.textContent = 'Showing ' + shown.length + ' of ' + findings.length + ' findings.';
    headers.forEach((th, i) => {
      const on = COLUMNS[i].key === sort.key;
      th.setAttribute('aria-sort', on ? (sort.ascending ? 'ascending' : 'descending') : 'none');
      th.querySelector('.sort-mark').textContent = on ? (sort.ascending ? ' ▲' : ' ▼') : '';
    });
  }

  headers.forEach(th =>
    th.querySelector('button').addEventListener('click', event => {
      const key = event.currentTarget.dataset.key;
      sort.ascending = sort.key === key ? !sort.ascending : true;
      sort.key = key;
      draw();
    })
  );
  [status, severity, domain].forEach(s => s.addEventListener('change', draw));
  text.addEventListener('input', draw);
  const clear = el('button', {
    type: 'button',
    class: 'secondary',
    text: 'Clear the filters',
    onclick: () => {
      [status, severity, domain].forEach(s => {
        s.value = '';
      });
      text.value = '';
      draw();
    }
  });
  draw();
  return el(
    'div',
    {},
    el(
      'fieldset',
      { class: 'filters' },
      el('legend', { text: 'Filter the findings' }),
      el('div', { class: 'filter' }, statusLabel, status),
      el('div', { class: 'filter' }, severityLabel, severity),
      el('div', { class: 'filter' }, domainLabel, domain),
      el('div', { class: 'filter' }, el('label', { for: text.id, text: 'Words' }), text),
      el('div', { class: 'filter' }, clear)
    ),
    count,
    el('p', {
      class: 'note',
      text:
        'Sort by a column with its heading button; open "What to do and sources" under a' +
        ' finding for the recommendation and the sources.'
    }),
    el(
      'div',
      { class: 'table-wrap' },
      el(
        'table',
        { class: 'cards', id: 'findings-table' },
        el('caption', { class: 'visually-hidden', text: 'Findings' }),
        el('thead', {}, el('tr', {}, headers)),
        body
      )
    )
  );
}
