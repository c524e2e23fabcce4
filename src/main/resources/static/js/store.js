// The answers as the page keeps them in this browser's localStorage, as they are given: a program description (the
// same document `./advisor assess` reads) and the paths of the facts marked "not known". Nothing goes to the server
// to be kept.
const KEY = 'prss-advisor/self-assessment';

function fresh() {
  return { description: {}, unknown: [] };
}

export function load() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY));
    if (saved && typeof saved.description === 'object' && Array.isArray(saved.unknown)) return saved;
  } catch (e) {
    // A damaged entry is dropped: the page starts afresh rather than failing.
  }
  return fresh();
}

export function save(state) {
  localStorage.setItem(KEY, JSON.stringify(state));
}

export function reset(state, description = {}) {
  state.description = description;
  state.unknown = [];
  save(state);
}

/** The parts of a dotted path: 'facts.pay.hourlyRate' to ['facts', 'pay', 'hourlyRate']. */
function parts(path) {
  return path.split('.');
}

export function valueAt(object, path) {
  let node = object;
  for (const part of parts(path)) {
    if (node == null || typeof node !== 'object') return undefined;
    node = node[part];
  }
  return node;
}

function empty(value) {
  return (
    value === undefined ||
    value === null ||
    value === '' ||
    (Array.isArray(value) && value.length === 0) ||
    (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)
  );
}

/**
 * Sets the value at a dotted path; an empty value removes it, and the objects left empty with it, unless keepEmpty
 * (an empty list of measures says the program has none, which is not the same as not saying).
 */
export function setAt(object, path, value, keepEmpty = false) {
  const keys = parts(path);
  const remove = empty(value) && !(keepEmpty && Array.isArray(value));
  const chain = [object];
  let node = object;
  for (const key of keys.slice(0, -1)) {
    if (node[key] == null || typeof node[key] !== 'object' || Array.isArray(node[key])) {
      if (remove) return;
      node[key] = {};
    }
    node = node[key];
    chain.push(node);
  }
  const last = keys[keys.length - 1];
  if (remove) delete node[last];
  else node[last] = value;
  for (let i = keys.length - 2; i >= 0; i--) {
    if (empty(chain[i + 1])) delete chain[i][keys[i]];
  }
}

export function hasAnswers(state) {
  return Object.keys(state.description).length > 0 || state.unknown.length > 0;
}

/** The description to send or save: rows of a table left wholly blank are dropped. */
export function cleaned(description) {
  const copy = JSON.parse(JSON.stringify(description));
  const rows = [['waivers'], ['facts', 'evaluation', 'measures']];
  for (const path of rows) {
    const list = valueAt(copy, path.join('.'));
    if (Array.isArray(list) && list.length > 0) {
      const kept = list.filter(row => !empty(row));
      if (kept.length === 0) setAt(copy, path.join('.'), undefined);
      else setAt(copy, path.join('.'), kept);
    }
  }
  return copy;
}
