// Where a problem points: the description path an error names, whether from a description or an intake workbook cell.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { pathOf, candidates, describe } from '../../main/resources/static/js/problems.js';

test('an error from a description names its path', () => {
  assert.equal(pathOf({ path: 'facts.peerPositions', problem: 'must be at least 0' }), 'facts.peerPositions');
});

test('an error from a workbook cell names the field in brackets', () => {
  assert.equal(
    pathOf({ path: 'Program!B9 (facts.peerPositions)', problem: 'expected a number' }),
    'facts.peerPositions'
  );
});

test('a cell named only by its label leads to the field with that label', () => {
  const labels = { 'Peer positions': 'facts.peerPositions' };
  assert.equal(
    pathOf({ path: 'Program!B9', problem: 'expected a number (Peer positions)' }, labels),
    'facts.peerPositions'
  );
  assert.equal(pathOf({ path: 'Program!B9', problem: 'expected a number (Other)' }, labels), 'Program!B9');
});

test('a missing required field points inside the object that lacks it', () => {
  assert.equal(pathOf({ path: 'waivers[0]', problem: "missing required field 'expires'" }), 'waivers[0].expires');
});

test('an error without a path points nowhere', () => {
  assert.equal(pathOf({ problem: 'the body is empty' }), '');
});

test('a path is tried from the longest form to the shortest', () => {
  assert.deepEqual(candidates('waivers[0].expires'), ['waivers[0].expires', 'waivers[0]', 'waivers']);
  assert.deepEqual(candidates('facts.supervision.educational'), [
    'facts.supervision.educational',
    'facts.supervision',
    'facts'
  ]);
  assert.deepEqual(candidates(''), []);
});

test('an error reads as its path, problem and hint', () => {
  assert.equal(
    describe({ path: 'program.setting', problem: "'JALE' is not a valid value", hint: 'did you mean JAIL?' }),
    "program.setting: 'JALE' is not a valid value (did you mean JAIL?)"
  );
  assert.equal(describe({ problem: 'the body is empty' }), 'the body is empty');
});
