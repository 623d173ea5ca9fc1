import { newKey } from './forms.js';
import { ApiProblem, api, csrfToken, el, getJson, mayRecord, pageUrl, problemNotice, requireLedger } from './ledger.js';

// Contacts brought in from a file: previewed (a dry run), then imported, its progress followed at the import's
// location until its report, which says whom it added, changed and left as they were, what it skipped and why, and
// every problem by line.

const form = document.getElementById('import');
const format = document.getElementById('import-format');
const status = document.getElementById('status');
const progressSection = document.getElementById('progress-section');
const progress = document.getElementById('progress');
const progressWords = document.getElementById('progress-words');
const report = document.getElementById('report');

/** The map's field, shown for a spreadsheet's CSV only. */
function showMap() {
  const csv = format.value === 'csv';
  document.getElementById('import-map-label').hidden = !csv;
  document.getElementById('import-map-hint').hidden = !csv;
}

/** Starts the import of the form's file (dry run or not), answered at once with its location. */
async function start(dryRun) {
  const file = form.elements.file.files[0];
  const parameters = new URLSearchParams({ format: format.value, dryRun: String(dryRun),
                                           partial: String(form.elements.partial.checked) });
  if (format.value === 'csv' && form.elements.map.value.trim()) parameters.set('map', form.elements.map.value.trim());
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch(api(`/imports?${parameters}`), {
    method: 'POST', body,
    headers: { Accept: 'application/json', 'X-Requested-With': 'fetch', 'X-XSRF-TOKEN': csrfToken(),
               Prefer: 'respond-async', 'Idempotency-Key': newKey() },
  });
  let answer = null;
  try { answer = await response.json(); } catch { answer = null; }
  if (response.status !== 202) throw new ApiProblem(response.status, answer);
  return { location: response.headers.get('Location'), view: answer };
}

/** Polls the import until it ends, showing how far it got; its report. */
async function follow({ location, view }) {
  progressSection.hidden = false;
  let current = view;
  while (current.state === 'RUNNING') {
    showProgress(current);
    await new Promise(resolve => setTimeout(resolve, 250));
    current = (await getJson(location)).body;
  }
  progressSection.hidden = true;
  return current;
}

function showProgress(view) {
  progress.max = Math.max(1, view.progress.of);
  progress.value = view.progress.done;
  const doing = view.phase === 'RECORDING' ? 'Recorded' : 'Checked';
  progressWords.textContent = `${doing} ${view.progress.done} of ${view.progress.of} people.`;
}

function table(caption, headings, rows) {
  return el('table', {},
    el('caption', {}, caption),
    el('thead', {}, el('tr', {}, headings.map(h => el('th', { scope: 'col' }, h)))),
    el('tbody', {}, rows));
}

function contactLink(entry) {
  return el('a', { href: pageUrl('contacts.html', { search: entry.displayName }) }, entry.displayName);
}

/** The report, as tables: each kind of outcome of its own, problems first. */
function showReport(view) {
  const c = view.counts;
  const said = view.dryRun ? 'Would add' : view.recorded ? 'Added' : 'Nothing recorded (the file has problems): would add';
  document.getElementById('report-summary').textContent = `${said} ${c.add}, change ${c.change}, leave `
    + `${c.unchanged} as they are; ${c.skipped} skipped, ${c.problems} problem${c.problems === 1 ? '' : 's'}.`;
  const tables = [];
  if (view.problems.length) {
    tables.push(table('Problems', ['Line', 'Field', 'What is wrong'], view.problems.map(p => el('tr', { class: 'problem-row' },
      el('td', {}, String(p.line)), el('td', {}, p.field || '—'), el('td', {}, p.message)))));
  }
  if (view.add.length) {
    tables.push(table(view.dryRun ? 'To add' : 'Added', ['Line', 'Name'], view.add.map(e => el('tr', {},
      el('td', {}, String(e.line)), el('td', {}, view.recorded ? contactLink(e) : e.displayName)))));
  }
  if (view.change.length) {
    tables.push(table(view.dryRun ? 'To change' : 'Changed', ['Line', 'Name', 'What changes'], view.change.map(e => el('tr', {},
      el('td', {}, String(e.line)), el('td', {}, view.recorded ? contactLink(e) : e.displayName),
      el('td', {}, e.changes.join('; '))))));
  }
  if (view.skipped.length) {
    tables.push(table('Skipped', ['Line', 'Why'], view.skipped.map(s => el('tr', {},
      el('td', {}, String(s.line)), el('td', {}, s.reason)))));
  }
  if (view.unchanged.length) {
    tables.push(el('details', {}, el('summary', {}, `Unchanged (${view.unchanged.length})`),
      table('Already in the ledger as they are', ['Line', 'Name'], view.unchanged.map(e => el('tr', {},
        el('td', {}, String(e.line)), el('td', {}, contactLink(e)))))));
  }
  document.getElementById('report-tables').replaceChildren(...tables);
  report.hidden = false;
  status.textContent = document.getElementById('report-summary').textContent;
}

let sending = false;

form.addEventListener('submit', async event => {
  event.preventDefault();
  if (sending) return;
  const dryRun = event.submitter?.name !== 'record';
  const problem = document.getElementById('problem');
  problem.replaceChildren();
  if (!form.elements.file.files.length) {
    problem.replaceChildren(el('p', { class: 'problem', role: 'alert' }, 'Choose the file to import first.'));
    form.elements.file.focus();
    return;
  }
  sending = true;
  for (const button of form.querySelectorAll('button')) button.disabled = true;
  report.hidden = true;
  status.textContent = dryRun ? 'Checking the file…' : 'Importing the file…';
  try {
    showReport(await follow(await start(dryRun)));
  } catch (error) {
    status.textContent = '';
    problem.replaceChildren(el('p', { class: 'problem', role: 'alert' }, `Not imported: ${error.message}`));
  } finally {
    sending = false;
    for (const button of form.querySelectorAll('button')) button.disabled = false;
  }
});

format.addEventListener('change', showMap);
// The format a file's name says: an address book's .vcf, LinkedIn's Connections.csv; any other is left as chosen.
form.elements.file.addEventListener('change', () => {
  const name = form.elements.file.files[0]?.name.toLowerCase() || '';
  if (/\.(vcf|vcard)$/.test(name)) format.value = 'vcard';
  else if (name === 'connections.csv') format.value = 'linkedin';
  showMap();
});

async function begin() {
  if (!requireLedger()) return;
  try {
    const may = await mayRecord();
    form.hidden = !may;
    document.getElementById('viewer').hidden = may;
    showMap();
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
  }
}

begin();
