// What the questionnaire's sections say about the answers: answered or set aside, progress, stale answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  answered,
  setAsideBy,
  progressText,
  asideNote,
  leafPaths,
  staleAnswers,
  worksheetHeading,
  activitiesAfter
} from '../../main/resources/static/js/sections.js';
import { valueAt } from '../../main/resources/static/js/store.js';

/** The answers as the page keeps them: a description and the paths marked not known. */
function answers(description, unknown = []) {
  return { get: path => valueAt(description, path), unknown: path => unknown.includes(path) };
}

const WAGES = {
  kind: 'answer',
  path: 'answers.INC-WAGES-HOURS',
  onlyIf: [{ path: 'facts.employmentModel', label: 'Employment model', values: ['INCARCERATED_PEER'] }]
};
const CASELOAD = { kind: 'integer', path: 'facts.caseloadPerPeer' };

test('a checklist question is answered once it has an answer, not a note alone', () => {
  assert.equal(answered(WAGES, answers({ answers: { 'INC-WAGES-HOURS': { answer: 'NO' } } })), true);
  assert.equal(answered(WAGES, answers({ answers: { 'INC-WAGES-HOURS': { note: 'ask HR' } } })), false);
});

test('a fact is answered by a value, zero included, or by "not known"', () => {
  assert.equal(answered(CASELOAD, answers({ facts: { caseloadPerPeer: 0 } })), true);
  assert.equal(answered(CASELOAD, answers({}, ['facts.caseloadPerPeer'])), true);
  assert.equal(answered(CASELOAD, answers({})), false);
});

test('a question is set aside by a fact given with another value, not by a fact left out', () => {
  assert.equal(setAsideBy(WAGES, answers({ facts: { employmentModel: 'AGENCY_EMPLOYEE' } })).label, 'Employment model');
  assert.equal(setAsideBy(WAGES, answers({ facts: { employmentModel: 'INCARCERATED_PEER' } })), null);
  assert.equal(setAsideBy(WAGES, answers({})), null);
});

test('a yes-or-no fact sets a question aside by its value as text', () => {
  const question = {
    kind: 'answer',
    path: 'answers.X',
    onlyIf: [{ path: 'facts.moud', label: 'MOUD', values: ['true'] }]
  };
  assert.notEqual(setAsideBy(question, answers({ facts: { moud: false } })), null);
  assert.equal(setAsideBy(question, answers({ facts: { moud: true } })), null);
});

test('an answered question is never set aside, so no answer is hidden', () => {
  const given = { facts: { employmentModel: 'AGENCY_EMPLOYEE' }, answers: { 'INC-WAGES-HOURS': { answer: 'YES' } } };
  assert.equal(setAsideBy(WAGES, answers(given)), null);
});

test('a section counts the questions shown and answered', () => {
  const section = { kind: 'domain' };
  const given = answers({ facts: { caseloadPerPeer: 20 } });
  assert.equal(progressText(section, [CASELOAD, WAGES], given), '1 of 2 answered');
  assert.equal(progressText(section, [], given), 'No question applies');
});

test('the role counts activities marked and duties listed', () => {
  const role = { kind: 'role' };
  assert.equal(progressText(role, [], answers({})), '0 activities marked, 0 duties listed');
  assert.equal(
    progressText(role, [], answers({ role: { activities: ['A', 'B'], duties: ['Drive'] } })),
    '2 activities marked, 1 duty listed'
  );
});

test('a table counts its rows, and an empty list said on purpose is "None"', () => {
  const table = { kind: 'table', path: 'waivers' };
  assert.equal(progressText(table, [], answers({})), '0 rows');
  assert.equal(progressText(table, [], answers({ waivers: [{}] })), '1 row');
  assert.equal(progressText(table, [], answers({ waivers: [] })), 'None');
});

test('the note on questions set aside counts them by the fact that sets them aside', () => {
  const model = { path: 'facts.employmentModel', label: 'Employment model' };
  const moud = { path: 'facts.moud', label: 'MOUD provider' };
  assert.equal(
    asideNote([model, model, moud]),
    '2 questions do not apply because of the answer to "Employment model"; 1 question does not apply because of the' +
      ' answer to "MOUD provider". Change that answer to see them.'
  );
  assert.equal(asideNote([]), null);
});

test('leaf paths reach into objects and take a list as one value', () => {
  assert.deepEqual(leafPaths({ supervision: { educational: 'NONE' }, fundingSources: ['A', 'B'] }, 'facts'), [
    'facts.supervision.educational',
    'facts.fundingSources'
  ]);
  assert.deepEqual(leafPaths(undefined, 'facts'), []);
});

test('answers the page does not ask are stale; those it asks are not', () => {
  const description = {
    program: { name: 'Pilot', setting: 'COMMUNITY' },
    facts: { caseloadPerPeer: 20, reentry: { linkageAgreement: true } },
    answers: { 'INC-WAGES-HOURS': 'NO', 'RDY-LEAD-01': 'YES' },
    role: { duties: ['Drive'] }
  };
  const asked = new Set(['program.name', 'program.setting', 'facts.caseloadPerPeer', 'answers.RDY-LEAD-01']);
  assert.deepEqual(staleAnswers(description, asked), ['answers.INC-WAGES-HOURS', 'facts.reentry.linkageAgreement']);
});

test('the worksheet heading names the worksheet as the service cites it', () => {
  assert.equal(
    worksheetHeading({ worksheet: { source: 'LAPPA Toolkit 2021', section: 'Appendix C', locator: null } }),
    'Worksheet activities (LAPPA Toolkit 2021, Appendix C)'
  );
  assert.equal(worksheetHeading({}), 'Worksheet activities', 'no citation, no brackets');
});

test('marking an activity keeps the worksheet order; unmarking drops it', () => {
  const order = ['A', 'B', 'C'];
  assert.deepEqual(activitiesAfter(order, ['C'], 'A', true), ['A', 'C']);
  assert.deepEqual(activitiesAfter(order, ['A', 'C'], 'A', false), ['C']);
  assert.deepEqual(activitiesAfter(order, undefined, 'B', true), ['B']);
});
