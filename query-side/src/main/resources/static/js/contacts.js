import { contactsOrProblem, el, ledgerId, pageUrl, requireLedger, time } from './ledger.js';

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
      'No contacts yet — add one with ', el('code', {}, `POST /api/ledgers/${ledgerId}/contacts`),
      ', or open the ', el('a', { href: '/contacts.html?ledger=demo' }, 'demo ledger'), '.')));
  }
  status.textContent = `${rows.length} contact${rows.length === 1 ? '' : 's'}.`;
}

async function start() {
  if (!requireLedger()) return;
  people = await contactsOrProblem();
  if (!people) return;
  search.addEventListener('input', render);
  archived.addEventListener('change', render);
  render();
}

start();
