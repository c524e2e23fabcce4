// The page's words for values, ids and citations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { words, idFor, citationText, number } from '../../main/resources/static/js/dom.js';

test('a value reads as words, and an abbreviation stays as it is', () => {
  assert.equal(words('PARTNER_ORGANIZATION'), 'Partner organization');
  assert.equal(words('CCBHC'), 'CCBHC');
  assert.equal(words('Already words'), 'Already words');
});

test('an element id is safe whatever the path', () => {
  assert.equal(idFor('q', 'answers.RDY-LEAD-01'), 'q-answers-RDY-LEAD-01');
  assert.equal(idFor('q', 'waivers[0].expires'), 'q-waivers-0--expires');
});

test('a citation reads as its source, section and locator, leaving out what it lacks', () => {
  assert.equal(
    citationText({ source: 'LAPPA Toolkit 2021', section: 'Appendix C', locator: 'line 1047' }),
    'LAPPA Toolkit 2021, Appendix C, line 1047'
  );
  assert.equal(
    citationText({ source: 'LAPPA Toolkit 2021', section: 'Appendix C', locator: null }),
    'LAPPA Toolkit 2021, Appendix C'
  );
});

test('a figure shows whole numbers whole, others to one decimal, and none as none', () => {
  assert.equal(number(40), '40');
  assert.equal(number(32.44), '32.4');
  assert.equal(number(null), 'none');
  assert.equal(number(undefined), 'none');
});
