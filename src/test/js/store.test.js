// The answers as the page keeps them: dotted paths into a description, empty values removed, blank rows dropped, and
// the copy in the browser's storage.
import { test, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import { load, save, reset, valueAt, setAt, hasAnswers, cleaned } from '../../main/resources/static/js/store.js';

/** The browser's localStorage, in memory. */
class MemoryStorage {
  constructor() {
    this.items = new Map();
  }
  getItem(key) {
    return this.items.has(key) ? this.items.get(key) : null;
  }
  setItem(key, value) {
    this.items.set(key, String(value));
  }
}

beforeEach(() => {
  globalThis.localStorage = new MemoryStorage();
});

test('a value is read at a dotted path, and a missing part reads as undefined', () => {
  const description = { facts: { supervision: { educational: 'NONE' } } };
  assert.equal(valueAt(description, 'facts.supervision.educational'), 'NONE');
  assert.equal(valueAt(description, 'facts.pay.hourlyRate'), undefined);
  assert.equal(valueAt(description, 'facts.supervision.educational.more'), undefined);
});

test('setting a value makes the objects on its path', () => {
  const description = {};
  setAt(description, 'facts.supervision.educational', 'NONE');
  assert.deepEqual(description, { facts: { supervision: { educational: 'NONE' } } });
});

test('an empty value removes the entry and the objects it leaves empty', () => {
  const description = { facts: { supervision: { educational: 'NONE' } }, program: { name: 'Pilot' } };
  setAt(description, 'facts.supervision.educational', '');
  assert.deepEqual(description, { program: { name: 'Pilot' } });
  setAt(description, 'answers.RDY-LEAD-01', undefined);
  assert.deepEqual(description, { program: { name: 'Pilot' } }, 'removing what is not there adds nothing');
});

test('false and zero are values, not blanks', () => {
  const description = {};
  setAt(description, 'facts.moud', false);
  setAt(description, 'facts.caseloadPerPeer', 0);
  assert.deepEqual(description, { facts: { moud: false, caseloadPerPeer: 0 } });
});

test('an empty list is kept only when it says "none" on purpose', () => {
  const description = {};
  setAt(description, 'facts.evaluation.measures', []);
  assert.deepEqual(description, {});
  setAt(description, 'facts.evaluation.measures', [], true);
  assert.deepEqual(description, { facts: { evaluation: { measures: [] } } });
});

test('rows left wholly blank are dropped from what is sent, and the list with them when none is left', () => {
  const description = {
    waivers: [{}, { findingId: 'RDY-TEAM-01' }],
    facts: { evaluation: { measures: [{}, {}] } }
  };
  assert.deepEqual(cleaned(description), { waivers: [{ findingId: 'RDY-TEAM-01' }] });
  assert.equal(description.waivers.length, 2, 'the answers kept are not changed');
});

test('a description or a "not known" counts as answers', () => {
  assert.equal(hasAnswers({ description: {}, unknown: [] }), false);
  assert.equal(hasAnswers({ description: { program: { name: 'Pilot' } }, unknown: [] }), true);
  assert.equal(hasAnswers({ description: {}, unknown: ['facts.caseloadPerPeer'] }), true);
});

test('answers saved in the browser load back', () => {
  const state = load();
  setAt(state.description, 'program.name', 'Pilot');
  state.unknown.push('facts.caseloadPerPeer');
  save(state);
  assert.deepEqual(load(), { description: { program: { name: 'Pilot' } }, unknown: ['facts.caseloadPerPeer'] });
});

test('a damaged or foreign entry is dropped and the page starts afresh', () => {
  globalThis.localStorage.setItem('prss-advisor/self-assessment', '{not json');
  assert.deepEqual(load(), { description: {}, unknown: [] });
  globalThis.localStorage.setItem('prss-advisor/self-assessment', JSON.stringify({ description: {} }));
  assert.deepEqual(load(), { description: {}, unknown: [] }, 'no list of unknowns');
});

test('a reset replaces the answers and saves at once', () => {
  const state = { description: { program: { name: 'Old' } }, unknown: ['x'] };
  reset(state, { program: { name: 'Loaded' } });
  assert.deepEqual(load(), { description: { program: { name: 'Loaded' } }, unknown: [] });
});
