// What every page shares: the ledger from the address, the JSON API with the session's CSRF token, the signed-in
// user and the way out, names, the navigation, dates.

export const query = new URLSearchParams(location.search);
export const ledgerId = query.get('ledger');

/** A failed request, with the problem details the API answered (code, detail, progressPercent…). */
export class ApiProblem extends Error {
  constructor(status, problem) {
    super(problem?.detail || problem?.title || `The server answered ${status}`);
    this.status = status;
    this.problem = problem || {};
  }
}

export function api(path) {
  return `/api/ledgers/${encodeURIComponent(ledgerId)}${path}`;
}

/** Asked with every request: JSON, and "a script asks", so a 401 never opens the browser's own sign-in dialog. */
const HEADERS = { Accept: 'application/json', 'X-Requested-With': 'fetch' };

/** The session's CSRF token, read right before each POST: it changes at sign-in. */
export function csrfToken() {
  const cookie = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.slice('XSRF-TOKEN='.length)) : '';
}

/** The sign-in page, asked to come back here afterwards. */
export function signInUrl() {
  return `/login.html?${new URLSearchParams({ next: location.pathname + location.search })}`;
}

async function answered(response) {
  let body = null;
  try { body = await response.json(); } catch { body = null; }
  if (response.status === 401) {
    // The session ended (signed out elsewhere, or expired): sign in again and come back.
    location.assign(signInUrl());
  }
  if (!response.ok) throw new ApiProblem(response.status, body);
  return { body, headers: response.headers, status: response.status };
}

/** The JSON body and headers of a GET, or an {@link ApiProblem}. */
export async function getJson(url) {
  return answered(await fetch(url, { headers: HEADERS }));
}

/**
 * POSTs a JSON body (or none) with the session's CSRF token, and any more headers given; the answer's body, status
 * and headers, or an {@link ApiProblem}.
 */
export async function postJson(url, body, more = {}) {
  const headers = { ...HEADERS, ...more, 'X-XSRF-TOKEN': csrfToken() };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  return answered(await fetch(url, { method: 'POST', headers,
                                     body: body === undefined ? undefined : JSON.stringify(body) }));
}

/** What a refusal says, in words: its detail, and each invalid field's message. */
export function refusalWords(error) {
  if (!(error instanceof ApiProblem)) return error.message;
  const fields = (error.problem.errors || []).map(e => `${e.field || e.parameter}: ${e.message}`);
  return [error.message, ...fields].join(' ');
}

/** What each role of a ledger's member may do, in words. */
export const ROLE_WORDS = {
  OWNER: 'records, corrects and decides who is a member', EDITOR: 'records and corrects', VIEWER: 'reads only',
};

/** Who is signed in, their ledgers and their role in each: asked once per page. */
let me = null;
export function signedIn() {
  if (!me) me = getJson('/api/me').then(answer => answer.body);
  return me;
}

/**
 * Asks `read()` again, every quarter of a second for up to ten seconds, until `done(answer)`: how a page waits for
 * a read model to catch up with what it just recorded. The last answer, caught up or not.
 */
export async function caughtUp(read, done) {
  let answer = await read();
  for (let attempt = 1; attempt < 40 && !done(answer); attempt++) {
    await new Promise(resolve => setTimeout(resolve, 250));
    answer = await read();
  }
  return answer;
}

/**
 * The journal's entry of a thing just recorded (its `type`, and its id under `idField` in the entry's summary), once
 * the journal shows it; null when it does not within ten seconds.
 */
export async function journalEntryOf(type, idField, id) {
  const search = new URLSearchParams({ type, basis: 'recorded', limit: '20' });
  const find = journal => journal.entries.find(entry => entry.summary?.[idField] === id);
  const journal = await caughtUp(async () => (await getJson(api(`/journal?${search}`))).body, found => Boolean(find(found)));
  return find(journal) || null;
}

/** Whether the signed-in user may record in this page's ledger: its owners and editors may, its viewers read. */
export async function mayRecord() {
  const role = await roleHere();
  return role === 'OWNER' || role === 'EDITOR';
}

/** Whether the signed-in user owns this ledger: only an owner manages its members and forgets a person. */
export async function owns() {
  return await roleHere() === 'OWNER';
}

async function roleHere() {
  const user = await signedIn();
  return user.ledgers.find(l => l.ledgerId === ledgerId)?.role;
}

/**
 * The ISO-8601 instant of a `datetime-local` field (the user's own time zone), or null when it is empty. Left at the
 * now it was given ({@link setNow}), it is that moment to the millisecond, not the minute the field shows: what is
 * captured one after the other keeps its order.
 */
export function instantOf(field) {
  if (field.value && field.value === field.dataset.nowShown) return field.dataset.now;
  return field.value ? new Date(field.value).toISOString() : null;
}

/** An instant as a `datetime-local` field shows it: in the user's own time zone, to the minute. */
export function localValue(instant) {
  const local = new Date(instant);
  local.setMinutes(local.getMinutes() - local.getTimezoneOffset());
  return local.toISOString().slice(0, 16);
}

/** Puts now, in the user's own time zone, into a `datetime-local` field. */
export function setNow(field) {
  const now = new Date();
  field.value = localValue(now);
  field.dataset.now = now.toISOString();
  field.dataset.nowShown = field.value;
}

/** The header's end: the signed-in user, linked to their tokens, and the way out. */
export async function account() {
  const header = document.querySelector('header');
  const out = el('button', { type: 'button', class: 'secondary', id: 'sign-out', onclick: signOut }, 'Sign out');
  const who = el('span', { class: 'who' });
  header.append(el('div', { class: 'account' }, who, out));
  try {
    const user = await signedIn();
    who.append('Signed in as ', el('a', { href: '/tokens.html', id: 'signed-in-user',
                                          'aria-label': `${user.username}: your access tokens` }, user.username));
    if (!user.administrator) header.querySelector('a[data-page="admin.html"]')?.closest('li').remove();
    return user;
  } catch (error) {
    who.textContent = 'Not signed in';
    return null;
  }
}

/** Ends the session; the sign-in page follows. A refusal is said beside the button, which stays. */
async function signOut(event) {
  const button = event.currentTarget;
  button.disabled = true;
  try {
    await postJson('/logout');
    location.assign('/login.html');
  } catch (error) {
    button.disabled = false;
    button.after(el('span', { class: 'problem', role: 'alert' }, `Could not sign out: ${refusalWords(error)}`));
  }
}

/** Builds an element: el('a', {href: '…'}, 'text', child…); attributes starting with "on" are listeners. */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

const PAGES = [
  ['timeline.html', 'Timeline'],
  ['contacts.html', 'Contacts'],
  ['import.html', 'Import'],
  ['follow-ups.html', 'Follow-ups'],
  ['advocates.html', 'Advocates'],
  ['reciprocity.html', 'Reciprocity'],
  ['retrospective.html', 'Retrospective'],
  ['members.html', 'Members'],
  ['admin.html', 'Replay'],
];

/** Links to every page of the ledger, the current one marked for assistive technology and by weight. */
export function navigation() {
  const current = location.pathname.split('/').pop();
  const header = document.querySelector('header');
  const list = el('ul', {}, PAGES.map(([page, label]) => el('li', {},
    el('a', { href: pageUrl(page), 'data-page': page, 'aria-current': page === current ? 'page' : null },
       label))));
  header.append(el('nav', { 'aria-label': 'Ledger pages' }, list),
                el('span', { class: 'hint' }, 'Ledger ', el('strong', {}, ledgerId || '—'), ' · ',
                   el('a', { href: '/' }, 'change')));
  account();
}

export function pageUrl(page, extra = {}) {
  const parameters = new URLSearchParams({ ledger: ledgerId || '', ...extra });
  return `/${page}?${parameters}`;
}

/** Every contact of the ledger, archived, merged and forgotten ones too, by id; me as "You". */
export async function contacts() {
  const { body } = await getJson(api('/contacts?includeArchived=true&includeMerged=true&includeForgotten=true'));
  const byId = new Map();
  for (const contact of body.contacts) byId.set(contact.contactId, contact);
  return { me: body.meId, byId, list: body.contacts };
}

/** The contacts, or null once the page says why it has none (an unknown ledger, a rebuild) in {@code #problem}. */
export async function contactsOrProblem() {
  try {
    return await contacts();
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
    return null;
  }
}

/** A person as a sentence names them: "You" (or "you" after the first word), else their name. */
export function namer(people) {
  return (contactId, { object = false } = {}) => {
    if (!contactId) return 'someone';
    if (contactId === people.me) return object ? 'you' : 'You';
    return people.byId.get(contactId)?.displayName || contactId;
  };
}

const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const MINUTE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit',
                                                  minute: '2-digit', timeZone: 'UTC', timeZoneName: 'short' });

/** A <time> element showing the instant in UTC, to the day or to the minute. */
export function time(instant, { precise = false } = {}) {
  if (!instant) return '—';
  const date = new Date(instant);
  return el('time', { datetime: instant }, (precise ? MINUTE : DAY).format(date));
}

export function words(enumName) {
  return enumName ? enumName.toLowerCase().replaceAll('_', ' ') : '';
}

/** An enum value in words, as a choice shows it: "Resume forwarded". */
export function Words(enumName) {
  const said = words(enumName);
  return said.charAt(0).toUpperCase() + said.slice(1);
}

/** What a favor was, and a meeting: the values of the event contract's enums, in their order (a test holds them). */
export const FAVOR_KINDS = [
  'REFERRAL', 'INTRODUCTION', 'ADVICE', 'RECOMMENDATION', 'RESUME_FORWARDED', 'RESOURCE', 'SUPPORT', 'OTHER',
];
export const MEETING_KINDS = ['COFFEE', 'MEAL', 'CALL', 'VIDEO', 'EVENT', 'VISIT'];

export function number(value, digits = 1) {
  return value === null || value === undefined ? '—' : Number(value).toFixed(digits);
}

/**
 * What to show instead of a view that failed: a rebuilding read model says how far it got, an unknown ledger
 * what to do, anything else the server's words.
 */
export function problemNotice(error) {
  if (error instanceof ApiProblem && error.status === 503 && error.problem.code === 'rebuilding') {
    return el('p', { class: 'notice', role: 'status' },
              `This view is being rebuilt from the history (${error.problem.progressPercent ?? 0}% done). `,
              'Reload the page in a few seconds.');
  }
  if (error instanceof ApiProblem && error.problem.code === 'unknown-ledger') {
    return el('div', { class: 'empty', role: 'status' },
              el('p', {}, `There is no ledger “${ledgerId}”, or you are not one of its members.`),
              el('p', {}, 'Pick one of ', el('a', { href: '/' }, 'your ledgers'),
                 ', open a new one there, or ask an owner of this one to add you.'));
  }
  return el('p', { class: 'problem', role: 'alert' }, `Could not load this view: ${error.message}`);
}

/** The page's start: without a ledger in the address, back to the picker. */
export function requireLedger() {
  if (!ledgerId) {
    location.replace('/');
    return false;
  }
  navigation();
  import('./capture.js').then(capture => capture.offerQuickCapture());
  document.title = `${document.title} · ${ledgerId}`;
  return true;
}

/** What an empty view says to do: press Record (or "n") to capture `what`, or look at the demo ledger's `page`. */
export function recordHint(what, page) {
  return ['press ', el('strong', {}, 'Record'), ' (or the ', el('kbd', {}, 'n'), ` key) to capture ${what}, or open `
    + 'the ', el('a', { href: `/${page}?ledger=demo` }, 'demo ledger'), ' (the app started with ', el('code', {}, '--demo'),
    ').'];
}

/** Who owes whom, in words: a balance is what I gave less what I received, weighted. */
export function owes(balance) {
  if (balance > 0) return 'they owe you';
  if (balance < 0) return 'you owe them';
  return 'even';
}

/** The ranking as horizontal bars, each labelled with its tier in words (not by colour alone). */
export function scoreBars(canvas, rows) {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels: rows.map(r => `${r.name} (${words(r.tier)})`),
      datasets: [{ label: 'Score', data: rows.map(r => r.score), backgroundColor: '#1f5fa8' }],
    },
    options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
               scales: { y: { ticks: { autoSkip: false } } } },
  });
}

/** Loads every page of a journal query (for charts), following Next-Cursor. */
export async function wholeJournal(parameters) {
  const entries = [];
  let cursor = null;
  do {
    const search = new URLSearchParams(parameters);
    search.set('limit', '500');
    if (cursor) search.set('cursor', cursor);
    const { body, headers } = await getJson(api(`/journal?${search}`));
    entries.push(...body.entries);
    cursor = headers.get('Next-Cursor');
  } while (cursor);
  return entries;
}
