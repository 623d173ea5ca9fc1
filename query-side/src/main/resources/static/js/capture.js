import { recordingForm } from './forms.js';
import { api, contacts, el, instantOf, mayRecord, pageUrl, setNow } from './ledger.js';

// Quick capture, on every page of a ledger for those who may record: a favor, given or received, recorded in a
// few seconds from a dialog that the Record button or the "n" key opens.

/** What a favor was: the values of the event contract's FavorKind, in its order (a test holds them to it). */
const FAVOR_KINDS = [
  'REFERRAL', 'INTRODUCTION', 'ADVICE', 'RECOMMENDATION', 'RESUME_FORWARDED', 'RESOURCE', 'SUPPORT', 'OTHER',
];
const KIND_WORDS = kind => kind.charAt(0) + kind.slice(1).toLowerCase().replace(/_/g, ' ');

function option(value, label, selected = false) {
  return el('option', { value, selected }, label);
}

function field(id, label, control, hint) {
  return [el('label', { for: id }, label, control), hint ? el('p', { class: 'hint', id: `${id}-hint` }, hint) : null];
}

function dialogOf(people) {
  const others = people.list.filter(c => !c.me && !c.mergedInto && !c.archived)
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  const form = el('form', { id: 'capture-form', class: 'stacked', novalidate: true },
    el('fieldset', { class: 'choice' }, el('legend', {}, 'What happened'),
      el('label', { class: 'inline' },
         el('input', { type: 'radio', name: 'direction', value: 'received', checked: true }), 'Someone did me a favor'),
      el('label', { class: 'inline' }, el('input', { type: 'radio', name: 'direction', value: 'given' }),
         'I did someone a favor')),
    field('capture-person', 'Who', el('input', {
      id: 'capture-person', name: 'person', list: 'capture-people', autocomplete: 'off', required: true,
      'aria-describedby': 'capture-person-hint',
    }), 'Type a few letters of their name and pick them.'),
    el('datalist', { id: 'capture-people' }, others.map(c => option(c.displayName, c.organization || ''))),
    el('div', { class: 'row' },
      field('capture-kind', 'Kind', el('select', { id: 'capture-kind', name: 'kind' },
        FAVOR_KINDS.map(kind => option(kind, KIND_WORDS(kind), kind === 'ADVICE')))),
      field('capture-weight', 'How much it weighed', el('select', { id: 'capture-weight', name: 'weight' },
        [1, 2, 3, 4, 5].map(w => option(String(w), `${w}${{ 1: ' (a little)', 5: ' (a lot)' }[w] || ''}`, w === 3)))),
      field('capture-when', 'When', el('input', { id: 'capture-when', name: 'occurredAt', type: 'datetime-local' }))),
    el('label', { class: 'inline' },
       el('input', { type: 'checkbox', id: 'capture-asked', name: 'asked' }), 'It was asked for'),
    field('capture-note', 'Note', el('input', { id: 'capture-note', name: 'note', maxlength: 2000, autocomplete: 'off' })),
    el('p', {}, el('button', { type: 'submit' }, 'Record the favor'), ' ',
       el('button', { type: 'button', class: 'secondary', onclick: () => dialog.close() }, 'Close')),
    el('p', { id: 'capture-status', role: 'status', 'aria-live': 'polite' }));
  const dialog = el('dialog', { id: 'capture', 'aria-labelledby': 'capture-title' },
    el('h2', { id: 'capture-title' }, 'Record a favor'), form);
  setNow(form.elements.occurredAt);

  const byName = new Map(others.map(c => [c.displayName.toLowerCase(), c.contactId]));
  const person = () => byName.get(form.elements.person.value.trim().toLowerCase()) || form.elements.person.value.trim();
  const received = () => form.elements.direction.value === 'received';
  recordingForm(form, {
    path: api('/favors'),
    body: () => ({
      giverId: received() ? person() : people.me, receiverId: received() ? people.me : person(),
      kind: form.elements.kind.value, weight: Number(form.elements.weight.value), asked: form.elements.asked.checked,
      occurredAt: instantOf(form.elements.occurredAt), note: form.elements.note.value.trim() || null,
    }),
    fieldOf: { giverId: 'person', receiverId: 'person' },
    check: () => (byName.has(form.elements.person.value.trim().toLowerCase()) ? []
      : [{ field: 'person', message: 'pick one of your contacts from the list' }]),
    recorded: () => {
      const who = form.elements.person.value.trim();
      const contactId = person();
      form.reset();
      setNow(form.elements.occurredAt);
      document.getElementById('capture-status').replaceChildren(`Recorded: the favor with ${who}. `,
        el('a', { href: pageUrl('timeline.html', { contact: contactId }) }, `See ${who}'s timeline`), '.');
      form.elements.person.focus();
    },
  });
  return dialog;
}

/** The Record button in the header and the "n" key (when not typing), for those who may record in the ledger. */
export async function offerQuickCapture() {
  if (!(await mayRecord())) return;
  let dialog = null;
  const open = async () => {
    if (!dialog) {
      dialog = dialogOf(await contacts());
      document.body.append(dialog);
    }
    document.getElementById('capture-status').replaceChildren();
    dialog.showModal();
    dialog.querySelector('#capture-person').focus();
  };
  document.querySelector('header').append(
    el('button', { type: 'button', id: 'quick-capture', 'aria-keyshortcuts': 'n', title: 'Record a favor (n)',
                   onclick: open }, 'Record'));
  document.addEventListener('keydown', event => {
    const typing = event.target.closest('input, select, textarea, [contenteditable], dialog');
    if (event.key === 'n' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
}
