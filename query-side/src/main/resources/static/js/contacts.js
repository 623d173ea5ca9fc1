import { recordingForm } from './forms.js';
import {
  api, caughtUp, contacts, contactsOrProblem, el, instantOf, ledgerId, mayRecord, pageUrl, requireLedger, setNow,
  time,
} from './ledger.js';

// The directory, each contact linked to their own timeline and relationship.

const body = document.querySelector('#contacts tbody');
const search = document.getElementById('search');
const archived = document.getElementById('archived');
const status = document.getElementById('status');
let people;

function render() {
  const needle = search.value.trim().toLowerCase();
  const rows = people.list.filter(c => !c.mergedInto && (archived.checked || !c.archived))
    .filter(c => !needle || `${c.displayName} ${c.organization || ''}`.toLowerCase().includes(needle));
  body.replaceChildren(...rows.map(c => el('tr', { 'data-contact': c.contactId },
    el('th', { scope: 'row' }, c.displayName, c.me ? ' (you)' : '', c.archived ? ' (archived)' : ''),
    el('td', {}, c.organization || ''),
    el('td', {}, c.role || ''),
    el('td', {}, time(c.lastInteractionAt)),
    el('td', {}, el('a', { href: pageUrl('timeline.html', { contact: c.contactId }),
                           'aria-label': `Timeline of ${c.displayName}` }, 'Timeline'),
       c.me ? '' : [' · ', el('a', { href: pageUrl('reciprocity.html', { contact: c.contactId }),
                                     'aria-label': `Relationship with ${c.displayName}` }, 'Relationship')]))));
  if (people.list.length <= 1) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: 5, class: 'empty' },
      'No contacts yet — add one above, or open the ', el('a', { href: '/contacts.html?ledger=demo' }, 'demo ledger'),
      '.')));
  }
  status.textContent = `${rows.length} contact${rows.length === 1 ? '' : 's'}.`;
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
      email: text('email'), howWeMet: text('howWeMet'), occurredAt: instantOf(form.elements.occurredAt),
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
  search.addEventListener('input', render);
  archived.addEventListener('change', render);
  render();
  if (await mayRecord()) addContactForm();
}

start();
