import { recordingForm } from './forms.js';
import { account, el, problemNotice, ROLE_WORDS, time } from './ledger.js';

// The ledger picker: the ledgers the signed-in user is a member of, with their role in each.

const body = document.querySelector('#ledgers tbody');
const status = document.getElementById('status');

function linksOf(ledgerId) {
  const at = page => `/${page}?${new URLSearchParams({ ledger: ledgerId })}`;
  return [el('a', { href: at('timeline.html'), 'aria-label': `Timeline of ${ledgerId}` }, 'Timeline'), ' · ',
          el('a', { href: at('advocates.html'), 'aria-label': `Advocates of ${ledgerId}` }, 'Advocates'), ' · ',
          el('a', { href: at('members.html'), 'aria-label': `Members of ${ledgerId}` }, 'Members')];
}

async function start() {
  const me = await account();
  if (!me) {
    document.getElementById('problem').replaceChildren(
      el('p', { class: 'problem', role: 'alert' }, 'Could not tell who you are signed in as. Reload the page.'));
    return;
  }
  const ledgers = [...me.ledgers].sort((a, b) => a.ledgerId.localeCompare(b.ledgerId));
  body.replaceChildren(...ledgers.map(l => el('tr', { 'data-ledger': l.ledgerId },
    el('th', { scope: 'row' }, el('a', { href: `/timeline.html?${new URLSearchParams({ ledger: l.ledgerId })}` }, l.ledgerId)),
    el('td', {}, el('span', { class: 'role' }, l.role), ' ', el('span', { class: 'hint' }, ROLE_WORDS[l.role] || '')),
    el('td', {}, time(l.since)),
    el('td', {}, linksOf(l.ledgerId)))));
  if (!ledgers.length) {
    body.replaceChildren(el('tr', {}, el('td', { colspan: 4, class: 'empty' },
      `You (${me.username}) are not a member of any ledger yet. Open one below, or ask the owner of a ledger to add `
      + 'you as a member: give them your username, ', el('strong', {}, me.username), '.')));
  }
  document.getElementById('demo').hidden = !ledgers.some(l => l.ledgerId === 'demo');
  status.textContent = ledgers.length
    ? `You are a member of ${ledgers.length} ledger${ledgers.length === 1 ? '' : 's'}.` : 'You have no ledger yet.';
}

// Opening a ledger: its owner's name is all it takes; the new ledger's timeline is where one lands.
recordingForm(document.getElementById('open-ledger'), {
  path: '/api/ledgers',
  body: form => ({ ownerName: form.elements.ownerName.value }),
  recorded: ledger => location.assign(`/timeline.html?${new URLSearchParams({ ledger: ledger.ledgerId })}`),
});

start().catch(error => document.getElementById('problem').replaceChildren(problemNotice(error)));
