import { personPicker, recordingForm, Roster } from './forms.js';
import {
  api, caughtUp, contacts, contactsOrProblem, el, instantOf, mayRecord, owns, pageUrl, query, requireLedger, setNow,
  time,
} from './ledger.js';

// The directory, each contact linked to their own timeline and relationship.

const body = document.querySelector('#contacts tbody');
const search = document.getElementById('search');
const archived = document.getElementById('archived');
const status = document.getElementById('status');
let people;
let mayEdit = false;
let mayForget = false;
/** The details a contact's change may give, with their words; tags are a list, typed separated by commas. */
const DETAILS = [['displayName', 'Name', 200], ['organization', 'Organization', 200], ['role', 'Role', 200],
  ['email', 'Email', 320], ['phone', 'Phone', 50], ['url', 'Web address', 2000], ['tags', 'Tags', 2000],
  ['howWeMet', 'How you met', 2000]];
const INPUT_TYPES = { email: 'email', phone: 'tel', url: 'url' };
const tagsOf = text => text.split(',').map(tag => tag.trim()).filter(Boolean);

function render() {
  const needle = search.value.trim().toLowerCase();
  const rows = people.list.filter(c => !c.mergedInto && (archived.checked || (!c.archived && !c.forgotten)))
    .filter(c => !needle || `${c.displayName} ${c.organization || ''}`.toLowerCase().includes(needle));
  body.replaceChildren(...rows.map(c => el('tr', { 'data-contact': c.contactId },
    el('th', { scope: 'row' }, c.displayName, c.me ? ' (you)' : '', c.archived ? ' (archived)' : '',
       c.forgotten ? [' (', c.contactId, ')'] : ''),
    el('td', {}, c.organization || ''),
    el('td', {}, c.role || ''),
    el('td', {}, time(c.lastInteractionAt)),
    el('td', {}, el('a', { href: pageUrl('timeline.html', { contact: c.contactId }),
                           'aria-label': `Timeline of ${c.displayName}` }, 'Timeline'),
       c.me ? '' : [' · ', el('a', { href: pageUrl('reciprocity.html', { contact: c.contactId }),
                                     'aria-label': `Relationship with ${c.displayName}` }, 'Relationship')],
       mayEdit && !c.forgotten ? [' · ', el('button', { type: 'button', class: 'link', 'aria-expanded': 'false',
                                        'aria-label': `Change ${c.displayName}`, onclick: edit }, 'Change…')] : ''))));
  if (people.list.length <= 1) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: 5, class: 'empty' },
      'No contacts yet — add one above, or open the ', el('a', { href: '/contacts.html?ledger=demo' }, 'demo ledger'),
      '.')));
  }
  status.textContent = `${rows.length} contact${rows.length === 1 ? '' : 's'}.`;
}

/** Opens (or closes) the editor of the contact of the row under the button clicked. */
function edit(event) {
  const button = event.currentTarget;
  const row = button.closest('tr');
  if (row.nextElementSibling?.classList.contains('editor')) {
    row.nextElementSibling.remove();
    button.setAttribute('aria-expanded', 'false');
    return;
  }
  button.setAttribute('aria-expanded', 'true');
  const contact = people.byId.get(row.dataset.contact);
  row.after(el('tr', { class: 'editor', id: `edit-${contact.contactId}` }, el('td', { colspan: 5 },
    changeForm(contact),
    contact.me ? '' : [archiveForm(contact), mergeForm(contact), mayForget ? forgetForm(contact) : ''])));
  row.nextElementSibling.querySelector('input').focus();
}

/** Once the directory shows what was just recorded, the list again, saying so. */
async function shown(done, said) {
  people = await caughtUp(contacts, done);
  render();
  status.textContent = said;
}

/** Changing a contact's details: only what differs from what the directory shows is sent. */
function changeForm(contact) {
  const id = `change-${contact.contactId}`;
  const was = { ...contact, tags: (contact.tags || []).join(', ') };
  const form = el('form', { class: 'stacked', id, novalidate: true, 'aria-label': `Change ${contact.displayName}` },
    el('div', { class: 'row' }, DETAILS.map(([name, label, maxlength]) => el('label', { for: `${id}-${name}` }, label,
      el('input', { id: `${id}-${name}`, name, maxlength, value: was[name] || '', autocomplete: 'off',
                    type: INPUT_TYPES[name] || 'text' })))),
    el('p', {}, el('button', { type: 'submit' }, 'Save the changes')));
  const changes = () => Object.fromEntries(DETAILS.map(([name]) => name)
    .filter(name => form.elements[name].value.trim() !== (was[name] || ''))
    .map(name => [name, name === 'tags' ? tagsOf(form.elements.tags.value) : form.elements[name].value.trim()]));
  recordingForm(form, {
    path: api(`/contacts/${encodeURIComponent(contact.contactId)}/changes`),
    body: changes,
    check: () => (Object.keys(changes()).length ? [] : [{ field: 'displayName', message: 'nothing was changed' }]),
    recorded: () => {
      const changed = changes();
      return shown(directory => Object.entries(changed).every(([name, value]) =>
        JSON.stringify(directory.byId.get(contact.contactId)[name] ?? '') === JSON.stringify(value)),
      `Recorded: ${form.elements.displayName.value.trim()}'s details were changed.`);
    },
  });
  return el('section', { 'aria-label': 'Details' }, el('h2', {}, `Change ${contact.displayName}`), form);
}

/** Archiving a contact who is no longer part of the network: still counted, no longer offered. */
function archiveForm(contact) {
  const id = `archive-${contact.contactId}`;
  const form = el('form', { class: 'stacked', id, novalidate: true },
    el('label', { for: `${id}-reason` }, 'Why (optional)',
      el('input', { id: `${id}-reason`, name: 'reason', maxlength: 2000, autocomplete: 'off' })),
    el('p', {}, el('button', { type: 'submit', class: 'secondary' }, `Archive ${contact.displayName}`)));
  recordingForm(form, {
    path: api(`/contacts/${encodeURIComponent(contact.contactId)}/archival`),
    body: () => ({ reason: form.elements.reason.value.trim() || null }),
    recorded: () => shown(directory => directory.byId.get(contact.contactId).archived,
                          `Recorded: ${contact.displayName} was archived. Their history stays and still counts.`),
  });
  return el('section', { 'aria-label': 'Archive' }, el('h3', {}, 'Archive'),
    el('p', { class: 'hint' }, 'Their history stays and keeps counting; they are no longer offered when you record.'),
    form);
}

/** Merging a duplicate into this contact: the duplicate's history becomes theirs, and the duplicate leaves the list. */
function mergeForm(contact) {
  const id = `merge-${contact.contactId}`;
  const roster = new Roster(people);
  const form = el('form', { class: 'stacked', id, novalidate: true }, roster.datalist(`${id}-people`));
  const duplicate = personPicker(roster, { id: `${id}-duplicate`, name: 'duplicate', list: `${id}-people`,
    label: `The duplicate of ${contact.displayName}`, hint: 'The other record of the same person.' });
  const consequence = el('p', { class: 'hint', id: `${id}-what` });
  const explain = () => {
    const other = duplicate.contactId();
    consequence.textContent = other && other !== contact.contactId
      ? `${roster.labelOf(other)} will be merged into ${contact.displayName}: every favor, meeting and promise of `
        + `${roster.labelOf(other)} then counts as ${contact.displayName}'s, and ${roster.labelOf(other)} leaves the `
        + 'contacts list. The merge is recorded as an event of its own and cannot be taken back.'
      : 'Pick the duplicate to see what the merge does.';
  };
  duplicate.input.addEventListener('input', explain);
  duplicate.input.addEventListener('change', explain);
  explain();
  form.append(duplicate.element, consequence,
    el('label', { class: 'inline' }, el('input', { type: 'checkbox', id: `${id}-sure`, name: 'sure' }),
       'I understand what the merge does'),
    el('p', {}, el('button', { type: 'submit', class: 'secondary' }, 'Merge')));
  recordingForm(form, {
    path: () => api(`/contacts/${encodeURIComponent(duplicate.contactId())}/merge`),
    body: () => ({ intoContactId: contact.contactId }),
    fieldOf: { intoContactId: 'duplicate' },
    check: () => [duplicate.problem(),
      duplicate.contactId() === contact.contactId ? { field: 'duplicate', message: 'pick another contact than this one' }
        : null,
      form.elements.sure.checked ? null : { field: 'sure', message: 'tick this to say you mean it' }].filter(Boolean),
    recorded: () => {
      const merged = duplicate.contactId();
      return shown(directory => directory.byId.get(merged)?.mergedInto === contact.contactId,
                   `Recorded: ${roster.labelOf(merged)} was merged into ${contact.displayName}.`);
    },
  });
  return el('section', { 'aria-label': 'Merge a duplicate' }, el('h3', {}, 'Merge a duplicate'), form);
}

/**
 * Forgetting a person at their request, for an owner: their details go for good, what happened with them stays.
 * The reason stays readable, so the form says it must not name them; the API refuses one that does.
 */
function forgetForm(contact) {
  const id = `forget-${contact.contactId}`;
  const duplicates = people.list.filter(c => c.mergedInto === contact.contactId && !c.forgotten).length;
  const form = el('form', { class: 'stacked', id, novalidate: true },
    el('label', { for: `${id}-reason` }, 'Why, without naming them (optional)',
      el('input', { id: `${id}-reason`, name: 'reason', maxlength: 2000, autocomplete: 'off',
                    placeholder: 'asked by email on 1 December' })),
    el('label', { class: 'inline' }, el('input', { type: 'checkbox', id: `${id}-sure`, name: 'sure' }),
       'I understand that this cannot be taken back'),
    el('p', {}, el('button', { type: 'submit', class: 'danger' }, `Forget ${contact.displayName}`)));
  recordingForm(form, {
    path: api(`/contacts/${encodeURIComponent(contact.contactId)}/forgetting`),
    body: () => ({ reason: form.elements.reason.value.trim() || null }),
    check: () => (form.elements.sure.checked ? [] : [{ field: 'sure', message: 'tick this to say you mean it' }]),
    recorded: () => shown(directory => directory.byId.get(contact.contactId).forgotten
                                       && directory.byId.get(contact.contactId).displayName !== contact.displayName,
                          'Recorded: they are forgotten. Nothing of who they were is kept; what happened with them '
                          + 'still counts, as a forgotten person’s.'),
  });
  const together = duplicates === 1 ? ' The duplicate merged into them is forgotten too.'
    : duplicates > 1 ? ` The ${duplicates} duplicates merged into them are forgotten too.` : '';
  return el('section', { 'aria-label': 'Forget' }, el('h3', {}, 'Forget'),
    el('p', { class: 'hint' }, `When ${contact.displayName} asks to be forgotten: their name, details and every note `
      + 'about them are gone for good, everywhere, and they show as “Forgotten person” with their id. Every favor, '
      + 'meeting and promise with them still counts, so every balance and ranking stays as it is. Nothing more can be '
      + 'recorded about them.', together),
    form);
}

/** Adding a contact, for those who may record: the optional details only when given. */
function addContactForm() {
  const form = document.getElementById('new-contact');
  setNow(form.elements.occurredAt);
  const text = name => form.elements[name].value.trim() || null;
  recordingForm(form, {
    path: api('/contacts'),
    body: () => ({
      displayName: form.elements.displayName.value, organization: text('organization'), role: text('role'),
      email: text('email'), phone: text('phone'), url: text('url'), howWeMet: text('howWeMet'),
      occurredAt: instantOf(form.elements.occurredAt),
      tags: form.elements.tags.value.split(',').map(tag => tag.trim()).filter(Boolean),
    }),
    recorded: async added => {
      const name = form.elements.displayName.value.trim();
      form.reset();
      setNow(form.elements.occurredAt);
      // The directory again, once it shows the contact just added: the read model catches up a moment after.
      people = await caughtUp(contacts, directory => directory.byId.has(added.contactId));
      render();
      status.textContent = `Recorded: ${name} was added.`;
      form.elements.displayName.focus();
    },
  });
  document.getElementById('add-contact').hidden = false;
}

async function start() {
  if (!requireLedger()) return;
  people = await contactsOrProblem();
  if (!people) return;
  search.value = query.get('search') || '';
  search.addEventListener('input', render);
  archived.addEventListener('change', render);
  mayEdit = await mayRecord();
  mayForget = await owns();
  render();
  if (mayEdit) addContactForm();
}

start();
