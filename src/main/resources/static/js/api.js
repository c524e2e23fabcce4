// Calls to the advisor's documented API (see /api/openapi). A failed call throws a ProblemError carrying the RFC 9457
// problem the service answered with, whose errors name each field or cell.
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ProblemError extends Error {
  constructor(problem) {
    super(problem.title || 'The request failed');
    this.problem = problem;
  }
}

export async function request(url, { method = 'GET', body, type, accept = 'application/json' } = {}) {
  const headers = { Accept: accept };
  if (type) headers['Content-Type'] = type;
  let response;
  try {
    response = await fetch(url, { method, body, headers });
  } catch (e) {
    throw new ProblemError({ title: 'The advisor could not be reached', detail: String(e.message || e) });
  }
  if (!response.ok) {
    let problem;
    try {
      problem = await response.json();
    } catch (e) {
      problem = { title: 'The request failed', detail: 'The service answered HTTP ' + response.status + '.' };
    }
    throw new ProblemError(problem);
  }
  return response;
}

export async function getJson(url) {
  return (await request(url)).json();
}

/** POSTs a program description as JSON; answers in the type asked for. */
export function postDescription(url, description, accept = 'application/json') {
  return request(url, { method: 'POST', body: JSON.stringify(description), type: 'application/json', accept });
}

/** POSTs a file as the multipart upload named "file" the API takes. */
export function postFile(url, file, accept = 'application/json') {
  const form = new FormData();
  form.append('file', file);
  return request(url, { method: 'POST', body: form, accept });
}

/** Offers a response's body, or any blob, as a file the browser downloads. */
export function saveAs(blob, fileName) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A file name from a program's name: 'Riverside County Jail' to 'riverside-county-jail'. */
export function fileStem(name, fallback) {
  const stem = String(name || '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return stem || fallback;
}
