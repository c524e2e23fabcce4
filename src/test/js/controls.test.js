// The words the controls show beside a question, and how a typed text is read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hintText, conditionText, lenient } from '../../main/resources/static/js/controls.js';

test('a number says its kind and range after what it means', () => {
  assert.equal(
    hintText({ kind: 'integer', why: 'Participants each peer works with.', minimum: 0, maximum: 1000 }),
    'Participants each peer works with. A whole number from 0 to 1000.'
  );
  assert.equal(hintText({ kind: 'number', minimum: 0.5, maximum: 2 }), 'A number from 0.5 to 2.');
  assert.equal(hintText({ kind: 'integer', minimum: 0 }), '', 'no range without both ends');
});

test('a checklist question keeps its why out of the hint, but says where it applies', () => {
  assert.equal(
    hintText({ kind: 'answer', why: 'Because.', note: 'Only for JAIL and PRISON programs.' }),
    'Only for JAIL and PRISON programs.'
  );
});

test('a condition names each fact and its values in words', () => {
  assert.equal(
    conditionText({
      onlyIf: [
        { label: 'Employment model', values: ['INCARCERATED_PEER', 'VOLUNTEER'] },
        { label: 'MOUD provider', values: ['true'] }
      ]
    }),
    'Only if Employment model is Incarcerated peer or Volunteer and MOUD provider is Yes.'
  );
  assert.equal(conditionText({ onlyIf: [] }), null);
  assert.equal(conditionText({}), null);
});

test('a text that fits its pattern only in capitals is read in capitals', () => {
  const state = { pattern: '^[A-Z]{2}$' };
  assert.equal(lenient(state, 'oh'), 'OH');
  assert.equal(lenient(state, 'OH'), 'OH');
  assert.equal(lenient(state, 'Ohio'), 'Ohio', 'left as typed when capitals do not help');
  assert.equal(lenient({}, 'oh'), 'oh', 'no pattern, no change');
});
