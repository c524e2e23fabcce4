// Small helpers to build the page's elements from data; text is always set as text, never as HTML.

/**
 * el('p', {class: 'note', text: 'Hello'}, child, ...): attributes, properties, listeners (onclick) and children.
 * A style is given as an object ({style: {width: '40%'}}) and set property by property: the page's
 * Content-Security-Policy refuses a style attribute, not a style set from a script.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key === 'style') Object.assign(node.style, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (typeof value === 'boolean' && key in node) node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

/** A safe element id from a description path: 'answers.RDY-LEAD-01' to 'answers-RDY-LEAD-01'. */
export function idFor(prefix, path) {
  return prefix + '-' + String(path).replace(/[^A-Za-z0-9_-]/g, '-');
}

export function citationText(c) {
  return [c.source, c.section, c.locator].filter(Boolean).join(', ');
}

export function citationList(citations) {
  return el(
    'ul',
    { class: 'citations' },
    (citations || []).map(c => el('li', { text: citationText(c) }))
  );
}

/** Words for a value: PARTNER_ORGANIZATION as 'Partner organization'. */
export function words(value) {
  const text = String(value);
  if (text !== text.toUpperCase() || !/[AEIOU]/.test(text)) return text;
  const lower = text.replace(/_/g, ' ').toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

/** A table of rows of cells (text or elements) under headers, each cell labelled with its header for narrow screens. */
export function table(caption, headers, rows, className = 'cards') {
  return el(
    'div',
    { class: 'table-wrap' },
    el(
      'table',
      { class: className },
      el('caption', { text: caption }),
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          headers.map(h => el('th', { scope: 'col', text: h }))
        )
      ),
      el(
        'tbody',
        {},
        rows.map(cells =>
          el(
            'tr',
            {},
            cells.map((c, i) =>
              el('td', { 'data-label': headers[i] }, c instanceof Node ? c : String(c == null ? '' : c))
            )
          )
        )
      )
    )
  );
}

/** A score or figure as the page shows it: whole numbers as they are, others to one decimal, none as 'none'. */
export function number(value) {
  return value == null ? 'none' : Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Marks beside a status or verdict word, so that it never rests on colour alone. */
const MARKS = {
  MET: '✓',
  FITS_ROLE: '✓',
  READY: '✓',
  PARTIAL: '◐',
  CONDITIONAL: '◐',
  READY_WITH_GAPS: '◐',
  GAP: '✗',
  KEEP_OUT: '✗',
  NOT_READY: '✗',
  UNKNOWN: '?',
  NEEDS_REVIEW: '?',
  NOT_APPLICABLE: '–',
  NOT_A_DUTY: '–',
  WAIVED: '◇'
};

/** A badge: a mark (hidden from screen readers) and the word, on its colour. */
export function badge(value) {
  return el(
    'span',
    { class: 'badge ' + value, dataset: { value } },
    MARKS[value] ? el('span', { class: 'mark', 'aria-hidden': 'true', text: MARKS[value] }) : null,
    String(value)
  );
}

export function announce(box, text, kind = '') {
  box.className = kind;
  box.textContent = text;
}
