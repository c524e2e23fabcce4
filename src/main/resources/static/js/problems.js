// Shows a problem response: a summary of every error, each naming its field or cell, and beside each field the page
// shows, the error that names it. Errors from an intake workbook name the cell and the field in brackets, as in
// "Program!B9 (facts.peerPositions)"; both are shown.
import { el } from './dom.js';

/**
 * The description path an error names: 'facts.peerPositions' from 'Program!B9 (facts.peerPositions)'; a cell the
 * intake workbook could not read names only itself and the field's label, 'expected a number (Peer positions)', so
 * the label leads to the field.
 */
export function pathOf(error, labels = {}) {
  const where = String(error.path || '');
  const inner = where.match(/\(([^()]+)\)\s*$/);
  let path = inner ? inner[1] : where;
  if (!inner && where.includes('!')) {
    const label = Object.keys(labels).find(l => String(error.problem || '').includes('(' + l + ')'));
    if (label) path = labels[label];
  }
  const missing = String(error.problem || '').match(/^missing required field '([^']+)'/);
  return missing ? path + '.' + missing[1] : path;
}

/** The shortest meaningful forms of a path, longest first: waivers[0].expires, waivers[0], waivers. */
export function candidates(path) {
  const list = [];
  let rest = path;
  while (rest) {
    list.push(rest);
    const cut = Math.max(rest.lastIndexOf('.'), rest.lastIndexOf('['));
    rest = cut > 0 ? rest.slice(0, cut) : '';
  }
  return list;
}

export function describe(error) {
  return (error.path ? error.path + ': ' : '') + error.problem + (error.hint ? ' (' + error.hint + ')' : '');
}

export function clearFieldErrors(root) {
  root.querySelectorAll('.field-error').forEach(p => p.remove());
  root.querySelectorAll('[aria-invalid="true"]').forEach(c => {
    c.removeAttribute('aria-invalid');
    const ids = (c.getAttribute('aria-describedby') || '').split(' ').filter(id => !id.startsWith('err-'));
    if (ids.length) c.setAttribute('aria-describedby', ids.join(' '));
    else c.removeAttribute('aria-describedby');
  });
}

let counter = 0;

/** Writes the error beside the field it names; the field's controls point to it. */
function markField(container, error) {
  const id = 'err-' + ++counter;
  const message = el('p', { class: 'field-error', id }, el('strong', { text: 'Problem: ' }), describe(error));
  container.append(message);
  container.querySelectorAll('input, select, textarea').forEach(control => {
    control.setAttribute('aria-invalid', 'true');
    const ids = (control.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    control.setAttribute('aria-describedby', [...ids, id].join(' '));
  });
}

/**
 * Fills `box` with the problem and marks each field it names.
 * @param locate a function from a description path to {element, reveal} for a field on the page, or null
 * @param labels the page's field labels, each to its description path
 */
export function showProblem(box, problem, root, locate = () => null, labels = {}) {
  if (root) clearFieldErrors(root);
  const errors = problem.errors && problem.errors.length ? problem.errors : [{ problem: problem.detail || '' }];
  const items = errors.map(error => {
    const found = candidates(pathOf(error, labels)).map(locate).find(Boolean);
    if (!found) return el('li', { text: describe(error) });
    markField(found.element, error);
    const link = el('a', {
      href: '#' + found.element.id,
      text: describe(error),
      onclick: event => {
        event.preventDefault();
        found.reveal();
        const control = found.element.querySelector('input, select, textarea, button') || found.element;
        control.focus();
      }
    });
    return el('li', {}, link);
  });
  box.replaceChildren(
    el('h2', { class: 'problem-title', tabindex: '-1', text: problem.title || 'The request failed' }),
    problem.detail ? el('p', { text: problem.detail }) : null,
    el('ul', {}, items)
  );
  box.hidden = false;
  box.querySelector('h2').focus();
}
