// What the questionnaire's sections say about the answers, worked out from the questions the service gives
// (GET /api/questionnaire) and the answers kept so far: which questions are answered or set aside, each section's
// progress, and the answers a setting does not ask. No DOM here, so that node's test runner can check it.
import { citationText } from './dom.js';

/**
 * Whether a question has an answer: a checklist question once it has one of the answers, any other once it holds a
 * value or is marked not known.
 * @param answers {get(path), unknown(path)}: the answers kept, by description path
 */
export function answered(question, answers) {
  const value = answers.get(question.path);
  if (question.kind === 'answer') return Boolean(value && value.answer);
  return value !== undefined || answers.unknown(question.path);
}

/** The fact that sets a question aside: given, and not one of the values it applies for; none once answered. */
export function setAsideBy(question, answers) {
  if (!question.onlyIf || answered(question, answers)) return null;
  return (
    question.onlyIf.find(c => {
      const value = answers.get(c.path);
      return value !== undefined && !c.values.includes(String(value));
    }) || null
  );
}

function plural(count, one, many) {
  return count + ' ' + (count === 1 ? one : many);
}

/**
 * A section's progress in words.
 * @param shown the section's questions the page shows (those not set aside)
 */
export function progressText(section, shown, answers) {
  if (section.kind === 'role') {
    const marked = (answers.get('role.activities') || []).length;
    const duties = (answers.get('role.duties') || []).length;
    return marked + ' activities marked, ' + plural(duties, 'duty', 'duties') + ' listed';
  }
  if (section.kind === 'table') {
    const value = answers.get(section.path);
    if (Array.isArray(value) && value.length === 0) return 'None';
    return plural((value || []).length, 'row', 'rows');
  }
  const done = shown.filter(question => answered(question, answers)).length;
  return shown.length ? done + ' of ' + shown.length + ' answered' : 'No question applies';
}

/**
 * Why some of a section's questions are not shown: "2 questions do not apply because of the answer to "Employment
 * model". Change that answer to see them."
 * @param asideBy the facts that set questions aside, one entry per question set aside
 */
export function asideNote(asideBy) {
  const counts = new Map();
  for (const fact of asideBy) {
    const entry = counts.get(fact.path) || { label: fact.label, count: 0 };
    entry.count++;
    counts.set(fact.path, entry);
  }
  if (!counts.size) return null;
  return (
    [...counts.values()]
      .map(
        r => plural(r.count, 'question does', 'questions do') + ' not apply because of the answer to "' + r.label + '"'
      )
      .join('; ') + '. Change that answer to see them.'
  );
}

/** Every leaf path given under an object: 'facts.supervision.educational'; a list counts as one value. */
export function leafPaths(node, prefix) {
  const out = [];
  for (const [key, value] of Object.entries(node || {})) {
    const path = prefix + '.' + key;
    if (value && typeof value === 'object' && !Array.isArray(value)) out.push(...leafPaths(value, path));
    else out.push(path);
  }
  return out;
}

/** The answers, program facts and facts given that no question on the page asks (a setting changed, a file loaded). */
export function staleAnswers(description, asked) {
  return [
    ...Object.keys(description.answers || {}).map(id => 'answers.' + id),
    ...leafPaths(description.program, 'program'),
    ...leafPaths(description.facts, 'facts')
  ].filter(path => !asked.has(path));
}

/** The heading of the worksheet's activities, with the worksheet's citation as the knowledge gives it. */
export function worksheetHeading(section) {
  return 'Worksheet activities' + (section.worksheet ? ' (' + citationText(section.worksheet) + ')' : '');
}

/** The worksheet activities marked, in the worksheet's order, after one is marked or unmarked. */
export function activitiesAfter(order, listed, id, on) {
  const marked = new Set(listed || []);
  if (on) marked.add(id);
  else marked.delete(id);
  return order.filter(a => marked.has(a));
}
