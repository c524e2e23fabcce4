// One control per kind of question the questionnaire endpoint gives (GET /api/questionnaire): numbers with their
// range, drop-downs, yes/no/unknown, lists, text, checklist questions (YES, PARTIAL, NO or UNKNOWN and a note),
// worksheet activities, free-text duties. Each writes its answer through ctx.set(path, value) at the description path
// the question names; "not known" is always a choice.
import { el, idFor, citationList, citationText, words } from './dom.js';

function why(question) {
  const feeds = question.feeds || [];
  if (!question.why && !feeds.length && !(question.citations || []).length) return null;
  return el(
    'details',
    { class: 'why' },
    el('summary', {}, 'Why it matters', el('span', { class: 'visually-hidden', text: ': ' + question.label })),
    question.kind === 'answer' && question.why ? el('p', { text: question.why }) : null,
    question.severity ? el('p', { text: 'A gap here is rated ' + question.severity + '.' }) : null,
    feeds.length
      ? el('p', { text: 'It helps decide: ' + feeds.map(f => f.id + ' (' + f.title + ')').join('; ') + '.' })
      : null,
    (question.citations || []).length ? el('p', { class: 'sources-label', text: 'Sources:' }) : null,
    citationList(question.citations)
  );
}

/** The hint under a field: what it means, the range of a number, and where it applies. */
export function hintText(question) {
  const range =
    question.minimum != null && question.maximum != null
      ? (question.kind === 'integer' ? 'A whole number' : 'A number') +
        ' from ' +
        question.minimum +
        ' to ' +
        question.maximum +
        '.'
      : '';
  return [question.kind === 'answer' ? '' : question.why, range, question.note].filter(Boolean).join(' ');
}

function hint(question, id) {
  const text = hintText(question);
  return text ? el('p', { class: 'hint', id, text }) : null;
}

/** "Only if Employment model is Incarcerated peer." for a question that applies only for some facts; else null. */
export function conditionText(question) {
  if (!question.onlyIf || !question.onlyIf.length) return null;
  const parts = question.onlyIf.map(
    c => c.label + ' is ' + c.values.map(v => (v === 'true' ? 'Yes' : v === 'false' ? 'No' : words(v))).join(' or ')
  );
  return 'Only if ' + parts.join(' and ') + '.';
}

function conditionNote(question) {
  const text = conditionText(question);
  return text ? el('p', { class: 'condition', text }) : null;
}

/** "Not known" beside a field that has no unknown among its choices; it clears the value. */
function unknownBox(question, ctx, clear) {
  const box = el('input', {
    type: 'checkbox',
    id: idFor('unknown', question.path),
    checked: ctx.unknown(question.path)
  });
  box.addEventListener('change', () => {
    if (box.checked) clear();
    ctx.setUnknown(question.path, box.checked);
  });
  return el(
    'label',
    { class: 'unknown', for: box.id },
    box,
    ' Not known',
    el('span', { class: 'visually-hidden', text: ': ' + question.label })
  );
}

function container(tag, question, ...children) {
  return el(
    tag,
    { class: 'q q-' + question.kind, id: idFor('q', question.path), dataset: { path: question.path } },
    ...children
  );
}

/** A group of options under the question as its legend, with its hint and why it matters. */
function fieldset(question, hintId, ...controls) {
  return container(
    'fieldset',
    question,
    el('legend', { text: question.label }),
    hint(question, hintId),
    ...controls,
    why(question)
  );
}

function numberField(question, ctx) {
  const id = idFor('f', question.path);
  const hintId = idFor('hint', question.path);
  const value = ctx.get(question.path);
  const input = el('input', {
    id,
    type: 'number',
    inputmode: question.kind === 'integer' ? 'numeric' : 'decimal',
    step: question.kind === 'integer' ? '1' : 'any',
    min: question.minimum,
    max: question.maximum,
    value: value == null ? '' : String(value),
    'aria-describedby': question.unit ? hintId + ' ' + hintId + '-unit' : hintId
  });
  const unit = question.unit ? el('span', { class: 'unit', id: hintId + '-unit', text: question.unit }) : null;
  const update = () => {
    const text = input.value.trim();
    ctx.set(question.path, text === '' || Number.isNaN(Number(text)) ? undefined : Number(text));
    if (text !== '' && known.firstChild.checked) {
      known.firstChild.checked = false;
      ctx.setUnknown(question.path, false);
    }
  };
  input.addEventListener('input', update);
  input.addEventListener('change', update);
  const known = unknownBox(question, ctx, () => {
    input.value = '';
    ctx.set(question.path, undefined);
  });
  return container(
    'div',
    question,
    el('label', { for: id, text: question.label }),
    hint(question, hintId),
    el('div', { class: 'inline' }, input, unit, known),
    why(question)
  );
}

/** A text in the form its pattern asks once put in capitals (a state code typed 'oh') is read in capitals. */
export function lenient(question, text) {
  if (!question.pattern) return text;
  const form = new RegExp(question.pattern);
  return !form.test(text) && form.test(text.toUpperCase()) ? text.toUpperCase() : text;
}

function textField(question, ctx) {
  const id = idFor('f', question.path);
  const hintId = idFor('hint', question.path);
  const listId = question.suggestions ? idFor('list', question.path) : null;
  const input = el('input', {
    id,
    type: 'text',
    value: ctx.get(question.path) || '',
    'aria-describedby': hintId,
    list: listId,
    autocomplete: 'off'
  });
  const update = () => {
    const text = input.value.trim();
    ctx.set(question.path, text === '' ? undefined : lenient(question, text));
    if (text !== '' && known.firstChild.checked) {
      known.firstChild.checked = false;
      ctx.setUnknown(question.path, false);
    }
  };
  input.addEventListener('input', update);
  input.addEventListener('change', () => {
    update();
    input.value = ctx.get(question.path) || '';
  });
  const known = unknownBox(question, ctx, () => {
    input.value = '';
    ctx.set(question.path, undefined);
  });
  const list = listId
    ? el(
        'datalist',
        { id: listId },
        question.suggestions.map(s => el('option', { value: s.value, label: s.label }))
      )
    : null;
  return container(
    'div',
    question,
    el('label', { for: id, text: question.label }),
    hint(question, hintId),
    el('div', { class: 'inline' }, input, known),
    list,
    why(question)
  );
}

function choiceField(question, ctx) {
  const id = idFor('f', question.path);
  const hintId = idFor('hint', question.path);
  const value = ctx.get(question.path);
  const select = el(
    'select',
    { id, 'aria-describedby': hintId },
    el('option', { value: '', text: 'Not answered' }),
    question.choices.map(c => el('option', { value: c.value, text: c.label, selected: c.value === value })),
    el('option', { value: '?', text: 'Not known', selected: value === undefined && ctx.unknown(question.path) })
  );
  select.addEventListener('change', () => {
    ctx.set(question.path, select.value === '' || select.value === '?' ? undefined : select.value);
    ctx.setUnknown(question.path, select.value === '?');
  });
  return container(
    'div',
    question,
    el('label', { for: id, text: question.label }),
    hint(question, hintId),
    select,
    why(question)
  );
}

function radios(question, name, options, checked, onChange) {
  return el(
    'div',
    { class: 'options' },
    options.map(([value, label]) => {
      const id = idFor(name, value);
      const radio = el('input', { type: 'radio', name, id, value, checked: value === checked });
      radio.addEventListener('change', () => {
        if (radio.checked) onChange(value);
      });
      return el('label', { class: 'option', for: id }, radio, ' ' + label);
    })
  );
}

function yesNoField(question, ctx) {
  const name = idFor('f', question.path);
  const value = ctx.get(question.path);
  const checked = value === true ? 'true' : value === false ? 'false' : ctx.unknown(question.path) ? 'unknown' : null;
  const hintId = idFor('hint', question.path);
  const group = radios(
    question,
    name,
    [
      ['true', 'Yes'],
      ['false', 'No'],
      ['unknown', 'Not known']
    ],
    checked,
    picked => {
      ctx.set(question.path, picked === 'unknown' ? undefined : picked === 'true');
      ctx.setUnknown(question.path, picked === 'unknown');
    }
  );
  return fieldset(question, hintId, group);
}

function listField(question, ctx) {
  const value = ctx.get(question.path) || [];
  const hintId = idFor('hint', question.path);
  if (question.choices && question.choices.length) {
    const boxes = question.choices.map(c => {
      const id = idFor('f', question.path + '-' + c.value);
      const box = el('input', { type: 'checkbox', id, value: c.value, checked: value.includes(c.value) });
      return el('label', { class: 'option', for: id }, box, ' ' + c.label);
    });
    const group = el('div', { class: 'options' }, boxes);
    group.addEventListener('change', () => {
      const picked = question.choices
        .map(c => c.value)
        .filter(v => group.querySelector('input[value="' + v + '"]').checked);
      ctx.set(question.path, picked.length ? picked : undefined);
      if (picked.length && known.firstChild.checked) {
        known.firstChild.checked = false;
        ctx.setUnknown(question.path, false);
      }
    });
    const known = unknownBox(question, ctx, () => {
      group.querySelectorAll('input').forEach(b => {
        b.checked = false;
      });
      ctx.set(question.path, undefined);
    });
    return fieldset(question, hintId, group, known);
  }
  return linesField(question, ctx, 'One per line.');
}

function linesField(question, ctx, extra) {
  const id = idFor('f', question.path);
  const hintId = idFor('hint', question.path);
  const value = ctx.get(question.path) || [];
  const area = el('textarea', { id, rows: 5, 'aria-describedby': hintId });
  area.value = value.join('\n');
  const update = () => {
    const lines = area.value
      .split('\n')
      .map(l => l.trim())
      .filter(Boolean);
    ctx.set(question.path, lines.length ? lines : undefined);
  };
  area.addEventListener('input', update);
  area.addEventListener('change', update);
  const text = [question.why, extra].filter(Boolean).join(' ');
  return container(
    'div',
    question,
    el('label', { for: id, text: question.label }),
    text ? el('p', { class: 'hint', id: hintId, text }) : null,
    area,
    why({ ...question, why: null })
  );
}

function answerField(question, ctx, answers) {
  const name = idFor('f', question.path);
  const current = ctx.get(question.path) || {};
  const group = radios(
    question,
    name,
    answers.map(a => [a, words(a)]),
    current.answer,
    picked => {
      const now = ctx.get(question.path) || {};
      ctx.set(question.path, { ...now, answer: picked });
    }
  );
  const noteId = idFor('note', question.path);
  const note = el('input', { type: 'text', id: noteId, value: current.note || '' });
  const noted = () => {
    const now = { ...(ctx.get(question.path) || {}) };
    const text = note.value.trim();
    if (text) now.note = text;
    else delete now.note;
    if (!now.answer && text) now.answer = 'UNKNOWN';
    ctx.set(question.path, Object.keys(now).length ? now : undefined);
    group.querySelectorAll('input').forEach(r => {
      r.checked = r.value === now.answer;
    });
  };
  note.addEventListener('input', noted);
  note.addEventListener('change', noted);
  return container(
    'fieldset',
    question,
    el(
      'legend',
      {},
      el('span', { class: 'qid', text: question.id + ' · ' + question.label }),
      el('span', { class: 'qtext', text: question.text })
    ),
    conditionNote(question),
    question.note ? el('p', { class: 'hint', text: question.note }) : null,
    group,
    el(
      'label',
      { class: 'note-label', for: noteId },
      'Note: what the answer rests on',
      el('span', { class: 'visually-hidden', text: ' (' + question.id + ')' })
    ),
    note,
    why(question)
  );
}

function activityField(question, ctx) {
  const id = idFor('f', question.id);
  const listed = ctx.get(question.path) || [];
  const box = el('input', { type: 'checkbox', id, value: question.id, checked: listed.includes(question.id) });
  box.addEventListener('change', () => ctx.toggleActivity(question.id, box.checked));
  return el(
    'div',
    { class: 'q q-activity', id: idFor('q', question.id), dataset: { activity: question.id } },
    el('label', { class: 'option', for: id }, box, ' ' + question.label),
    el('p', { class: 'cite', text: question.citations.map(citationText).join('; ') })
  );
}

/** The control for a question of the program or a domain, or of the role. */
export function field(question, ctx, answers) {
  switch (question.kind) {
    case 'integer':
    case 'number':
      return numberField(question, ctx);
    case 'choice':
      return choiceField(question, ctx);
    case 'yesno':
      return yesNoField(question, ctx);
    case 'list':
      return listField(question, ctx);
    case 'answer':
      return answerField(question, ctx, answers);
    case 'activity':
      return activityField(question, ctx);
    case 'lines':
      return linesField(question, ctx, '');
    default:
      return textField(question, ctx);
  }
}

/** A control in a row of a table (a measure, a waiver): its value at rowPath + '.' + the column's key. */
export function cell(column, rowPath, value, onChange) {
  const path = rowPath + '.' + column.path;
  const id = idFor('f', path);
  const label = el(
    'label',
    { for: id },
    column.label,
    column.required ? el('span', { class: 'req', text: ' (required)' }) : null
  );
  let control;
  if (column.kind === 'choice') {
    control = el(
      'select',
      { id },
      el('option', { value: '', text: column.required ? 'Choose…' : 'None' }),
      column.choices.map(c => el('option', { value: c.value, text: c.label, selected: c.value === value }))
    );
    control.addEventListener('change', () => onChange(control.value || undefined));
  } else {
    control = el('input', { id, type: column.kind === 'date' ? 'date' : 'text', value: value || '' });
    const update = () => onChange(control.value.trim() || undefined);
    control.addEventListener('input', update);
    control.addEventListener('change', update);
  }
  if (column.required) control.required = true;
  return el('div', { class: 'q cell', id: idFor('q', path), dataset: { path } }, label, control);
}
