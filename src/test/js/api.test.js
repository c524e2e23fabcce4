// Calls to the service: a failed call becomes the problem the service answered with, and names become file names.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { request, fileStem, ProblemError } from '../../main/resources/static/js/api.js';

const realFetch = globalThis.fetch;
afterEach(() => {
  globalThis.fetch = realFetch;
});

function answering(status, body) {
  globalThis.fetch = async () => new Response(body, { status, headers: { 'Content-Type': 'application/json' } });
}

test('a refused request throws the problem the service answered with', async () => {
  answering(400, JSON.stringify({ title: 'Invalid input', errors: [{ path: 'setting', problem: 'no such setting' }] }));
  await assert.rejects(request('/api/questionnaire?setting=JALE'), e => {
    assert.ok(e instanceof ProblemError);
    assert.equal(e.message, 'Invalid input');
    assert.equal(e.problem.errors[0].path, 'setting');
    return true;
  });
});

test('an answer that is not a problem still fails, naming the status', async () => {
  answering(502, 'Bad gateway');
  await assert.rejects(request('/api/orders'), e => e instanceof ProblemError && /HTTP 502/.test(e.problem.detail));
});

test('a service that cannot be reached is a problem too', async () => {
  globalThis.fetch = async () => {
    throw new TypeError('Failed to fetch');
  };
  await assert.rejects(request('/api/orders'), e => e.problem.title === 'The advisor could not be reached');
});

test('a request sends its type and asks for the type wanted', async () => {
  let sent = null;
  globalThis.fetch = async (url, options) => {
    sent = options;
    return new Response('{}', { status: 200 });
  };
  await request('/api/descriptions', { method: 'POST', body: '{}', type: 'application/json' });
  assert.deepEqual(sent.headers, { Accept: 'application/json', 'Content-Type': 'application/json' });
  assert.equal(sent.method, 'POST');
});

test('a program name becomes a file name', () => {
  assert.equal(fileStem('Riverside County Jail', 'program'), 'riverside-county-jail');
  assert.equal(fileStem("  St. Mary's -- Pilot!  ", 'program'), 'st-mary-s-pilot');
  assert.equal(fileStem('', 'program'), 'program');
  assert.equal(fileStem(undefined, 'program-description'), 'program-description');
});
