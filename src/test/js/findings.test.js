// The findings table's logic: which findings a filter keeps, how a column sorts them, which values the filters offer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { filterFindings, sortFindings, presentIn, searchable } from '../../main/resources/static/js/findings.js';

/** Orders as GET /api/orders gives them; the test's own, so that it checks the table, not the service. */
const ORDERS = {
  statuses: ['GAP', 'PARTIAL', 'UNKNOWN', 'WAIVED', 'MET', 'NOT_APPLICABLE'],
  severities: ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW', 'INFO']
};
const NAMES = { READINESS: 'Organizational readiness', STAFFING: 'Staffing' };

const FINDINGS = [
  {
    id: 'RDY-LEAD-01',
    title: 'Leadership commitment',
    domain: 'READINESS',
    status: 'MET',
    severity: 'HIGH',
    rationale: 'The sheriff signed the plan.',
    recommendation: 'Keep it.',
    citations: [{ source: 'LAPPA Toolkit 2021', section: 'Appendix B', locator: 'line 900' }]
  },
  {
    id: 'STAFF-CASELOAD',
    title: 'Caseload per peer',
    domain: 'STAFFING',
    status: 'GAP',
    severity: 'CRITICAL',
    rationale: 'Forty participants per peer.',
    recommendation: 'Hire a second peer.',
    citations: []
  },
  {
    id: 'RDY-HR-05',
    title: 'Hiring without a record bar',
    domain: 'READINESS',
    status: 'UNKNOWN',
    severity: 'CRITICAL',
    rationale: 'Not answered.',
    recommendation: 'Check the hiring policy.'
  }
];

const ids = findings => findings.map(f => f.id);

test('a filter keeps the findings of the chosen status, severity and domain', () => {
  assert.deepEqual(ids(filterFindings(FINDINGS, { status: 'GAP' })), ['STAFF-CASELOAD']);
  assert.deepEqual(ids(filterFindings(FINDINGS, { severity: 'CRITICAL' })), ['STAFF-CASELOAD', 'RDY-HR-05']);
  assert.deepEqual(ids(filterFindings(FINDINGS, { domain: 'READINESS', severity: 'CRITICAL' })), ['RDY-HR-05']);
});

test('no filter keeps every finding', () => {
  assert.deepEqual(ids(filterFindings(FINDINGS)), ids(FINDINGS));
  assert.deepEqual(ids(filterFindings(FINDINGS, { text: '   ' })), ids(FINDINGS));
});

test('words find a finding by any of its texts and sources, in any case and order', () => {
  assert.deepEqual(ids(filterFindings(FINDINGS, { text: 'SECOND peer' })), ['STAFF-CASELOAD']);
  assert.deepEqual(ids(filterFindings(FINDINGS, { text: 'appendix lappa' })), ['RDY-LEAD-01']);
  assert.deepEqual(ids(filterFindings(FINDINGS, { text: 'peer sheriff' })), [], 'every word must occur');
});

test('a finding without citations is still searchable', () => {
  assert.match(searchable(FINDINGS[2]), /hiring policy/);
});

test('statuses sort in the order the service gives, most in need of attention first', () => {
  assert.deepEqual(ids(sortFindings(FINDINGS, 'status', true, NAMES, ORDERS)), [
    'STAFF-CASELOAD',
    'RDY-HR-05',
    'RDY-LEAD-01'
  ]);
  const reversed = { ...ORDERS, statuses: [...ORDERS.statuses].reverse() };
  assert.equal(
    sortFindings(FINDINGS, 'status', true, NAMES, reversed)[0].id,
    'RDY-LEAD-01',
    'the order is the given one'
  );
});

test('severities sort most severe first, and descending reverses them', () => {
  assert.deepEqual(ids(sortFindings(FINDINGS, 'severity', true, NAMES, ORDERS)), [
    'STAFF-CASELOAD',
    'RDY-HR-05',
    'RDY-LEAD-01'
  ]);
  assert.equal(sortFindings(FINDINGS, 'severity', false, NAMES, ORDERS)[0].id, 'RDY-LEAD-01');
});

test('domains sort by their names, text columns as text', () => {
  assert.deepEqual(ids(sortFindings(FINDINGS, 'domain', true, { READINESS: 'Zeta', STAFFING: 'Alpha' }, ORDERS)), [
    'STAFF-CASELOAD',
    'RDY-LEAD-01',
    'RDY-HR-05'
  ]);
  assert.deepEqual(ids(sortFindings(FINDINGS, 'id', true, NAMES, ORDERS)), [
    'RDY-HR-05',
    'RDY-LEAD-01',
    'STAFF-CASELOAD'
  ]);
});

test('sorting leaves the findings given as they were', () => {
  const before = ids(FINDINGS);
  sortFindings(FINDINGS, 'id', true, NAMES, ORDERS);
  assert.deepEqual(ids(FINDINGS), before);
});

test('the filters offer the values present, in the given order', () => {
  assert.deepEqual(presentIn(ORDERS.statuses, ['MET', 'GAP', 'GAP', 'UNKNOWN']), ['GAP', 'UNKNOWN', 'MET']);
  assert.deepEqual(presentIn(ORDERS.severities, []), []);
});
