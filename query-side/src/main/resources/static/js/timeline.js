import { followedUp, followUpForm, FOLLOW_UPS } from './followup.js';
import { option, recordingForm, weightSelect } from './forms.js';
import {
  api, caughtUp, contactsOrProblem, el, FAVOR_KINDS, getJson, instantOf, ledgerId, localValue, mayRecord, namer,
  pageUrl, problemNotice, query, recordHint, requireLedger, time, words, Words,
} from './ledger.js';

// The audit view: the journal in plain words, corrections shown in place, filters kept in the address.

const RETRACTIONS = ['FavorRetracted', 'MeetingRetracted'];
/** What a retraction takes back, by the type of what it retracts: the endpoint, and the id in the entry's summary. */
const RETRACTABLE = {
  FavorRecorded: { path: 'favors', id: 'favorId' }, MeetingRecorded: { path: 'meetings', id: 'meetingId' },
};
const FAVOR_FIELDS = { giverId: 'giver', receiverId: 'receiver', towardId: 'done toward', kind: 'kind',
  weight: 'weight', asked: 'asked for', occurredAt: 'happened', reciprocatesFavorId: 'reciprocates', note: 'note' };

const form = document.getElementById('filters');
const list = document.getElementById('entries');
const status = document.getElementById('status');
const more = document.getElementById('more');
let name;
let people;
let mayCorrect = false;
let cursor = null;
let shown = 0;

/** The end of the chosen UTC day, as the API's exclusive upper bound. */
function endOf(day) {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString();
}

function filters() {
  const asRead = query.get('asRead') === 'on' && query.get('asOf');
  return {
    contact: query.get('contact') || '',
    type: query.get('type') || '',
    basis: asRead ? 'recorded' : (query.get('basis') || 'occurred'),
    from: query.get('from') || '',
    to: query.get('to') || '',
    asOf: asRead ? query.get('asOf') : null,
  };
}

/** The journal request for the filters: "as read on D" is the recorded basis up to the end of D. */
function journalUrl(f) {
  const search = new URLSearchParams({ basis: f.basis, limit: '50' });
  if (f.contact) search.set('contact', f.contact);
  if (f.type) search.set('type', f.type);
  if (f.from) search.set('from', `${f.from}T00:00:00Z`);
  let to = f.to ? endOf(f.to) : null;
  if (f.asOf && (!to || endOf(f.asOf) < to)) to = endOf(f.asOf);
  if (to) search.set('to', to);
  if (cursor) search.set('cursor', cursor);
  return api(`/journal?${search}`);
}

/** Corrections the reader may see: with "as read on D", only those recorded by the end of D. */
function visibleCorrections(entry, f) {
  const limit = f.asOf ? endOf(f.asOf) : null;
  return (entry.correctedBy || []).filter(c => !limit || new Date(c.recordedAt) < new Date(limit));
}

function linkTo(eventId, text) {
  const here = document.getElementById(`e-${eventId}`);
  return el('a', { href: here ? `#e-${eventId}` : pageUrl('timeline.html', { event: eventId }) }, text);
}

function favorPhrase(s) {
  const giver = name(s.giverId);
  const receiver = name(s.receiverId, { object: true });
  const details = [`${words(s.kind)}`, `weight ${s.weight}`, s.asked ? 'asked for' : 'unasked'];
  return [`${giver} did ${receiver} a favor: ${details.join(', ')}`,
    s.towardId ? `, toward ${name(s.towardId, { object: true })}` : '',
    s.reciprocatesFavorId ? `, returning favor ${s.reciprocatesFavorId}` : '',
    s.note ? ` — “${s.note}”` : '', '.'].join('');
}

function people_(ids, exceptId) {
  const named = ids.filter(id => id !== exceptId).map(id => name(id, { object: true }));
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

/** What happened, in plain words. */
function sentence(entry) {
  const s = entry.summary || {};
  switch (entry.type) {
    case 'LedgerOpened': return `${s.ownerName} opened this ledger.`;
    case 'ContactAdded': return `You added ${s.displayName}${s.organization ? ` (${s.organization})` : ''} to your contacts`
      + `${s.howWeMet ? ` — how you met: ${s.howWeMet}` : ''}.`;
    case 'ContactDetailsChanged': {
      const changed = Object.keys(s).filter(k => !['ledgerId', 'contactId', 'occurredAt'].includes(k));
      return `${name(s.contactId)}'s details changed: ${changed.map(k => `${k} now ${Array.isArray(s[k]) ? s[k].join(', ') : s[k]}`).join('; ')}.`;
    }
    case 'ContactArchived': return `You archived ${name(s.contactId, { object: true })}${s.reason ? ` — ${s.reason}` : ''}.`;
    case 'ContactForgotten': return `${name(s.contactId)} asked to be forgotten, and was: nothing of who they were is `
      + `kept, and what happened with them still counts${s.reason ? ` — ${s.reason}` : ''}.`;
    case 'ContactsMerged': return `${name(s.mergedId)} was merged into ${name(s.survivorId, { object: true })}: one person recorded twice.`;
    case 'FavorRecorded': return favorPhrase(s);
    case 'FavorAmended': return `A favor (${s.favorId}) was amended${s.reason ? ` — reason: ${s.reason}` : ''}.`;
    case 'FavorRetracted': return `A favor (${s.favorId}) was retracted${s.reason ? ` — reason: ${s.reason}` : ''}.`;
    case 'MeetingRecorded': {
      const host = s.initiatorId || (s.attendeeIds || [])[0];
      const with_ = people_(s.attendeeIds || [], host);
      return `${name(host)} had a ${words(s.kind)}${with_ ? ` with ${with_}` : ''}${s.place ? ` at ${s.place}` : ''}`
        + `${s.durationMinutes ? ` (${s.durationMinutes} minutes)` : ''}${s.note ? ` — “${s.note}”` : ''}.`;
    }
    case 'MeetingRetracted': return `A meeting (${s.meetingId}) was retracted${s.reason ? ` — reason: ${s.reason}` : ''}.`;
    case 'IntroductionMade': return `${name(s.introducerId)} introduced ${name(s.personAId, { object: true })} to `
      + `${name(s.personBId, { object: true })}${s.purpose ? ` — purpose: ${s.purpose}` : ''}.`;
    case 'IntroductionOutcomeRecorded': return `An introduction led to: ${words(s.outcome)}${s.note ? ` — “${s.note}”` : ''}.`;
    case 'CommitmentMade': return `${name(s.promiserId)} promised ${name(s.promiseeId, { object: true })}: “${s.what}”`
      + `${s.dueOn ? `, due ${s.dueOn}` : ''}.`;
    case 'CommitmentKept': return `A promise was kept${s.favorId ? ` (with favor ${s.favorId})` : ''}.`;
    case 'CommitmentBroken': return 'A promise was broken.';
    case 'CommitmentReleased': return 'A promise was released by mutual agreement.';
    case 'AskMade': return `${name(s.askerId)} asked ${name(s.askedId, { object: true })}: “${s.what}”.`;
    case 'AskAnswered': return `An ask was answered: ${words(s.outcome)}${s.favorId ? ` (with favor ${s.favorId})` : ''}.`;
    case 'MemberAdded': return entry.recordedBy && entry.recordedBy !== s.username
      ? `${entry.recordedBy} gave ${s.username} ${s.role} access to this ledger.`
      : `${s.username} was given ${s.role} access to this ledger.`;
    case 'MemberRoleChanged': return entry.recordedBy
      ? `${entry.recordedBy} changed ${s.username}'s access to ${s.role}.`
      : `${s.username}'s access was changed to ${s.role}.`;
    case 'MemberRemoved': {
      if (entry.recordedBy === s.username) return `${s.username} left this ledger.`;
      return entry.recordedBy ? `${entry.recordedBy} took ${s.username}'s access to this ledger away.`
                              : `${s.username}'s access to this ledger was taken away.`;
    }
    default: return `${entry.type}.`;
  }
}

function changeValue(field, value) {
  if (value === null || value === undefined) return 'none';
  if (field.endsWith('Id') && field !== 'reciprocatesFavorId') return name(value);
  if (field === 'kind') return words(value);
  if (field === 'asked') return value === 'true' ? 'yes' : 'no';
  if (field === 'occurredAt') return time(value, { precise: true });
  return value;
}

function entryItem(entry, f) {
  const corrections = visibleCorrections(entry, f);
  const retraction = corrections.find(c => RETRACTIONS.includes(c.type));
  const amendments = corrections.filter(c => c.type === 'FavorAmended');
  const classes = ['entry'];
  if (retraction) classes.push('retracted');
  if (entry.correctsEventId && ['FavorAmended', ...RETRACTIONS].includes(entry.type)) classes.push('correction');
  const words_ = sentence(entry);
  const said = el('p', { class: 'sentence' },
    retraction ? el('span', { class: 'tag' }, 'Retracted') : null,
    amendments.length && !retraction ? el('span', { class: 'tag' }, 'Amended') : null,
    retraction ? el('del', {}, words_) : words_);
  const item = el('li', { class: classes.join(' '), id: `e-${entry.eventId}`, 'data-type': entry.type }, said);
  if (entry.changes && entry.changes.length) {
    item.append(el('ul', { class: 'changes', 'aria-label': 'What the amendment changed' },
      entry.changes.map(c => el('li', {}, `${FAVOR_FIELDS[c.field] || c.field}: `,
        el('del', {}, changeValue(c.field, c.before)), ' → ', el('ins', {}, changeValue(c.field, c.after))))));
  }
  const links = [];
  if (retraction) links.push(linkTo(retraction.eventId, 'see the retraction'));
  amendments.forEach((a, i) => links.push(linkTo(a.eventId, amendments.length > 1 ? `amendment ${i + 1}` : 'see the amendment')));
  if (entry.correctsEventId) {
    links.push(linkTo(entry.correctsEventId,
      ['FavorAmended', ...RETRACTIONS].includes(entry.type) ? 'see what it corrects' : 'see what it follows up'));
  }
  const meta = el('p', { class: 'meta' }, 'Happened ', time(entry.occurredAt, { precise: true }),
    ' · recorded ', time(entry.recordedAt, { precise: true }),
    entry.recordedBy ? ` by ${entry.recordedBy}` : '',
    links.length ? ' · ' : '', ...links.flatMap((link, i) => i ? [' · ', link] : [link]));
  item.append(meta);
  if (mayCorrect && !retraction && !f.asOf && RETRACTABLE[entry.type]) item.append(retractionForm(entry, f));
  if (mayCorrect && !retraction && !f.asOf && entry.type === 'FavorRecorded') item.append(amendmentForm(entry, f));
  if (mayCorrect && !f.asOf && FOLLOW_UPS[entry.type]) item.append(followUp(entry));
  return item;
}

/** Following an introduction, a commitment or an ask up from its entry: what came of it, and when (now by default). */
function followUp(entry) {
  const what = FOLLOW_UPS[entry.type];
  const details = el('details', { class: 'correct' }, el('summary', {}, what.summary));
  details.append(followUpForm(entry.type, entry.summary, `follow-${entry.eventId}`, choice => {
    status.textContent = followedUp(choice);
    if (what.ends.length) details.remove();
  }));
  return details;
}

/**
 * Retracting a favor or a meeting, with the reason, from its own entry; the entry is then shown again in place, as
 * the journal has it once it caught up: struck through, linked to its retraction.
 */
function retractionForm(entry, f) {
  const what = RETRACTABLE[entry.type];
  const id = `retract-${entry.eventId}`;
  const form = el('form', { class: 'stacked', id, novalidate: true },
    el('label', { for: `${id}-reason` }, 'Why it was a mistake',
      el('input', { id: `${id}-reason`, name: 'reason', required: true, maxlength: 2000, autocomplete: 'off' })),
    el('p', {}, el('button', { type: 'submit' }, 'Retract it')));
  recordingForm(form, {
    path: api(`/${what.path}/${encodeURIComponent(entry.summary[what.id])}/retraction`),
    body: () => ({ reason: form.elements.reason.value }),
    recorded: async () => {
      const item = document.getElementById(`e-${entry.eventId}`);
      item.replaceWith(entryItem(await corrected(entry.eventId), f));
      status.textContent = 'Recorded: the retraction is shown on what it retracts.';
    },
  });
  return el('details', { class: 'correct' }, el('summary', {}, 'Retract…'), form);
}

/** The entry as the journal has it once `done(entry)`: the journal catches up a moment after a correction. */
function corrected(eventId, done = entry => (entry.correctedBy || []).some(c => RETRACTIONS.includes(c.type))) {
  return caughtUp(async () => (await getJson(api(`/journal/${encodeURIComponent(eventId)}`))).body, done);
}

/** A favor as it stands now: as recorded, with every amendment's changes applied in order. */
async function favorNow(entry) {
  const favor = { ...entry.summary };
  for (const amendment of (entry.correctedBy || []).filter(c => c.type === 'FavorAmended')) {
    const { body } = await getJson(api(`/journal/${encodeURIComponent(amendment.eventId)}`));
    for (const change of body.changes || []) favor[change.field] = change.after;
  }
  return favor;
}

/**
 * Amending a favor from its own entry: its kind, weight, whether it was asked for, when it happened and its note,
 * as they stand now; the form lists what will change before it is sent, and the entry is then shown again in
 * place, marked amended and linked to the amendment.
 */
function amendmentForm(entry, f) {
  const id = `amend-${entry.eventId}`;
  const form = el('form', { class: 'stacked', id, novalidate: true },
    el('div', { class: 'row' },
      el('label', { for: `${id}-kind` }, 'Kind', el('select', { id: `${id}-kind`, name: 'kind' },
        FAVOR_KINDS.map(kind => option(kind, Words(kind))))),
      el('label', { for: `${id}-weight` }, 'Weight', weightSelect(`${id}-weight`)),
      el('label', { for: `${id}-when` }, 'When it happened',
        el('input', { id: `${id}-when`, name: 'occurredAt', type: 'datetime-local' }))),
    el('label', { class: 'inline' }, el('input', { type: 'checkbox', id: `${id}-asked`, name: 'asked' }),
       'It was asked for'),
    el('label', { for: `${id}-note` }, 'Note', el('input', { id: `${id}-note`, name: 'note', maxlength: 2000,
                                                            autocomplete: 'off' })),
    el('label', { for: `${id}-reason` }, 'Why (optional)', el('input', { id: `${id}-reason`, name: 'reason',
                                                                        maxlength: 2000, autocomplete: 'off' })),
    el('p', { class: 'hint' }, 'What will change:'),
    el('ul', { class: 'changes', id: `${id}-changes`, 'aria-live': 'polite' }),
    el('p', {}, el('button', { type: 'submit' }, 'Amend it')));
  let was = null;
  const now = () => ({
    kind: form.elements.kind.value, weight: Number(form.elements.weight.value), asked: form.elements.asked.checked,
    occurredAt: instantOf(form.elements.occurredAt), note: form.elements.note.value.trim() || null,
  });
  const changed = () => {
    const after = now();
    return Object.keys(after).filter(field => (field === 'occurredAt'
      ? localValue(after[field]) !== localValue(was[field]) : String(after[field] ?? '') !== String(was[field] ?? '')));
  };
  const preview = () => {
    const fields = changed();
    const after = now();
    document.getElementById(`${id}-changes`).replaceChildren(...(fields.length ? fields.map(field => el('li', {},
      `${FAVOR_FIELDS[field]}: `, el('del', {}, changeValue(field, was[field] === null ? null : String(was[field]))),
      ' → ', el('ins', {}, changeValue(field, after[field] === null ? null : String(after[field])))))
      : [el('li', {}, 'nothing yet')]));
  };
  form.addEventListener('input', preview);
  form.addEventListener('change', preview);
  const details = el('details', { class: 'correct' }, el('summary', {}, 'Amend…'), form);
  details.addEventListener('toggle', async () => {
    if (!details.open || was) return;
    was = await favorNow(entry);
    form.elements.kind.value = was.kind;
    form.elements.weight.value = String(was.weight);
    form.elements.asked.checked = String(was.asked) === 'true';
    form.elements.occurredAt.value = localValue(was.occurredAt);
    form.elements.note.value = was.note || '';
    preview();
  });
  const amendments = e => (e.correctedBy || []).filter(c => c.type === 'FavorAmended').length;
  recordingForm(form, {
    path: api(`/favors/${encodeURIComponent(entry.summary.favorId)}/amendment`),
    body: () => ({ ...Object.fromEntries(changed().map(field => [field, now()[field]])),
                   reason: form.elements.reason.value.trim() || null }),
    check: () => (was && changed().length ? [] : [{ field: 'kind', message: 'change something first' }]),
    recorded: async () => {
      const item = document.getElementById(`e-${entry.eventId}`);
      const before = amendments(entry);
      item.replaceWith(entryItem(await corrected(entry.eventId, e => amendments(e) > before), f));
      status.textContent = 'Recorded: the amendment is shown on what it amends.';
    },
  });
  return details;
}

function emptyState(f) {
  const filtered = f.contact || f.type || f.from || f.to || f.asOf;
  if (f.asOf) {
    return el('li', { class: 'empty' }, `Nothing had been recorded by the end of ${f.asOf}. `,
      'Pick a later day, or untick “as the ledger read on a day”.');
  }
  if (filtered) {
    return el('li', { class: 'empty' }, 'No events match these filters. ',
      el('a', { href: pageUrl('timeline.html') }, 'Clear the filters'), ' to see everything.');
  }
  return el('li', { class: 'empty' }, 'No events yet — ',
    recordHint('a favor, a meeting, an introduction, a commitment or an ask', 'timeline.html'));
}

async function loadPage(f) {
  more.disabled = true;
  try {
    const { body, headers } = await getJson(journalUrl(f));
    offerTypes(body.types, f);
    body.entries.forEach(entry => list.append(entryItem(entry, f)));
    shown += body.entries.length;
    cursor = headers.get('Next-Cursor');
    if (shown === 0) list.append(emptyState(f));
    more.hidden = !cursor;
    status.textContent = `${shown} event${shown === 1 ? '' : 's'} shown${cursor ? ', older ones below' : ''}`
      + (f.asOf ? `, as the ledger read at the end of ${f.asOf}` : '') + '.';
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
    status.textContent = '';
  } finally {
    more.disabled = false;
  }
}

/** The event types to filter by, as the journal names them: offered once, from its first answer. */
function offerTypes(types, f) {
  const select = form.elements.type;
  if (select.options.length > 1 || !types) return;
  types.forEach(type => select.append(el('option', { value: type }, type.replace(/([a-z])([A-Z])/g, '$1 $2'))));
  select.value = f.type;
}

async function showOne(eventId) {
  document.getElementById('title').textContent = 'One event';
  form.hidden = true;
  try {
    const { body } = await getJson(api(`/journal/${encodeURIComponent(eventId)}`));
    list.append(entryItem(body, {}));
    status.replaceChildren(el('a', { href: pageUrl('timeline.html') }, 'Back to the whole timeline'));
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
  }
}

function fillForm(f) {
  for (const contact of [...people.list].sort((a, b) => a.displayName.localeCompare(b.displayName))) {
    if (contact.mergedInto) continue;
    form.elements.contact.append(el('option', { value: contact.contactId },
      contact.me ? `${contact.displayName} (you)` : contact.displayName));
  }
  form.elements.contact.value = f.contact;
  form.elements.basis.value = query.get('basis') || 'occurred';
  form.elements.from.value = f.from;
  form.elements.to.value = f.to;
  form.elements.asRead.checked = query.get('asRead') === 'on';
  form.elements.asOf.value = query.get('asOf') || new Date().toISOString().slice(0, 10);
  if (f.contact) {
    document.getElementById('title').textContent = `Timeline of ${name(f.contact)}`;
  }
}

async function start() {
  if (!requireLedger()) return;
  people = await contactsOrProblem();
  if (!people) {
    form.hidden = true;
    return;
  }
  name = namer(people);
  mayCorrect = await mayRecord();
  if (query.get('event')) {
    await showOne(query.get('event'));
    return;
  }
  const f = filters();
  fillForm(f);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const next = new URLSearchParams({ ledger: ledgerId });
    for (const field of ['contact', 'type', 'basis', 'from', 'to']) if (form.elements[field].value) next.set(field, form.elements[field].value);
    if (form.elements.asRead.checked) { next.set('asRead', 'on'); next.set('asOf', form.elements.asOf.value); }
    location.search = next.toString();
  });
  document.getElementById('clear').addEventListener('click', event => {
    event.preventDefault();
    location.search = new URLSearchParams({ ledger: ledgerId }).toString();
  });
  more.addEventListener('click', () => loadPage(f));
  await loadPage(f);
}

start();
