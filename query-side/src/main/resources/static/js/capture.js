import { option, personPicker, recordingForm, Roster, weightSelect } from './forms.js';
import {
  api, contacts, el, FAVOR_KINDS, getJson, instantOf, journalEntryOf, mayRecord, MEETING_KINDS, pageUrl, setNow, time,
  words, Words,
} from './ledger.js';

// Quick capture, on every page of a ledger for those who may record: a favor given or received, a meeting, an
// introduction, a commitment or an ask, recorded in a few seconds from a dialog that the Record button or the "n"
// key opens. People are picked by typing their name ("me" first), and a new one is added without leaving the form.

/** What may be captured: the choice's value, its words, and the form that records it. */
const WHAT = [
  ['received', 'A favor someone did me', c => favorForm(c, 'received')],
  ['given', 'A favor I did someone', c => favorForm(c, 'given')],
  ['meeting', 'A meeting', meetingForm],
  ['introduction', 'An introduction', introductionForm],
  ['commitment', 'A commitment', commitmentForm],
  ['ask', 'An ask for help', askForm],
];

function field(id, label, control) {
  return el('label', { for: id }, label, control);
}

function choice(name, legend, values) {
  return el('fieldset', { class: 'choice' }, el('legend', {}, legend), values.map(([value, label], i) =>
    el('label', { class: 'inline' }, el('input', { type: 'radio', name, value, checked: i === 0 }), label)));
}

/** A form being built: its fields, added in order, and its people pickers. */
class Capture {
  constructor(roster) {
    this.roster = roster;
    this.form = el('form', { id: 'capture-form', class: 'stacked', novalidate: true });
    this.pickers = [];
  }

  add(...children) {
    this.form.append(...children);
    return this;
  }

  picker(name, label, options = {}, into = this.form) {
    const picker = personPicker(this.roster, { id: `capture-${name}`, name, label, list: 'capture-people', ...options });
    this.pickers.push(picker);
    into.append(picker.element);
    return picker;
  }

  value(name) {
    return this.form.elements[name].value.trim() || null;
  }

  when() {
    const input = el('input', { id: 'capture-when', name: 'occurredAt', type: 'datetime-local' });
    setNow(input);
    return field('capture-when', 'When', input);
  }

  note(name = 'note', label = 'Note', maxlength = 2000) {
    return field(`capture-${name}`, label, el('input', { id: `capture-${name}`, name, maxlength, autocomplete: 'off' }));
  }

  check() {
    return this.pickers.map(picker => picker.problem()).filter(Boolean);
  }
}

/**
 * A favor, with whom it was done toward and the earlier favor it returns: the relationship's favors not
 * reciprocated yet, the other way (from the reciprocity read model), in words from the journal.
 */
function favorForm(c, direction) {
  const received = direction === 'received';
  const person = c.picker('person', received ? 'Who did it' : 'For whom');
  c.add(el('div', { class: 'row' },
    field('capture-kind', 'Kind', el('select', { id: 'capture-kind', name: 'kind' },
      FAVOR_KINDS.map(kind => option(kind, Words(kind), kind === 'ADVICE')))),
    field('capture-weight', 'How much it weighed', weightSelect('capture-weight')),
    c.when()),
  el('label', { class: 'inline' }, el('input', { type: 'checkbox', id: 'capture-asked', name: 'asked' }),
     'It was asked for'));
  const toward = c.picker('toward', 'Done toward (optional)', { required: false,
    hint: 'Whom it was for, when it was done on someone’s behalf.' });
  const returns = el('select', { id: 'capture-returns', name: 'returns' }, option('', 'No earlier favor'));
  c.add(field('capture-returns', 'It returns an earlier favor', returns), c.note());
  person.input.addEventListener('change', () => offerReturns(returns, person.contactId(), received));
  return {
    path: '/favors', type: 'FavorRecorded', id: 'favorId', person, submit: 'Record the favor',
    fieldOf: { giverId: 'person', receiverId: 'person', towardId: 'toward', reciprocatesFavorId: 'returns' },
    body: me => ({
      giverId: received ? person.contactId() : me, receiverId: received ? me : person.contactId(),
      kind: c.value('kind'), weight: Number(c.value('weight')), asked: c.form.elements.asked.checked,
      occurredAt: instantOf(c.form.elements.occurredAt), towardId: toward.contactId(),
      reciprocatesFavorId: c.value('returns'), note: c.value('note'),
    }),
    said: () => `the favor ${received ? 'from' : 'for'} ${person.input.value.trim()}`,
  };
}

/** The favors of the relationship with `contactId` that a favor of this direction may return. */
async function offerReturns(select, contactId, received) {
  select.replaceChildren(option('', 'No earlier favor'));
  if (!contactId) return;
  try {
    const [{ body: balance }, { body: journal }] = await Promise.all([
      getJson(api(`/reciprocity/${encodeURIComponent(contactId)}`)),
      getJson(api(`/journal?${new URLSearchParams({ contact: contactId, type: 'FavorRecorded', limit: '500' })}`)),
    ]);
    const recorded = new Map(journal.entries.map(entry => [entry.summary.favorId, entry.summary]));
    // A favor they did me returns one I did them (given), and the other way round.
    for (const open of balance.unreciprocated[received ? 'given' : 'received']) {
      const favor = recorded.get(open.favorId);
      const what = favor ? `${Words(favor.kind)}${favor.note ? `: ${favor.note}` : ''}` : open.favorId;
      select.append(option(open.favorId, `${what} (${time(open.occurredAt).textContent})`));
    }
  } catch {
    // A contact without favors yet has nothing to return; the choice stays "no earlier favor".
  }
}

function meetingForm(c) {
  c.add(el('div', { class: 'row' },
    field('capture-kind', 'Kind', el('select', { id: 'capture-kind', name: 'kind' },
      MEETING_KINDS.map(kind => option(kind, Words(kind))))),
    c.when(),
    field('capture-duration', 'Minutes (optional)', el('input', { id: 'capture-duration', name: 'durationMinutes',
                                                                  type: 'number', min: 1, inputmode: 'numeric' }))));
  const person = c.picker('with', 'With');
  const others = el('div', { class: 'others' });
  const another = () => c.picker(`with${c.pickers.length + 1}`, 'And', { required: false }, others).input.focus();
  c.add(others, el('p', {}, el('button', { type: 'button', class: 'secondary', id: 'capture-another',
                                           onclick: another }, 'Add another person')),
  el('label', { class: 'inline' }, el('input', { type: 'checkbox', id: 'capture-me', name: 'withMe', checked: true }),
     'I was there'),
  el('label', { class: 'inline' }, el('input', { type: 'checkbox', id: 'capture-initiated', name: 'initiated' }),
     'I suggested it'),
  c.note('place', 'Where (optional)', 200), c.note());
  const attendees = me => [c.form.elements.withMe.checked ? me : null, ...c.pickers.map(p => p.contactId())]
    .filter(Boolean);
  return {
    path: '/meetings', type: 'MeetingRecorded', id: 'meetingId', person, submit: 'Record the meeting',
    fieldOf: { attendeeIds: 'with', initiatorId: 'initiated' },
    body: me => ({
      kind: c.value('kind'), attendeeIds: attendees(me), occurredAt: instantOf(c.form.elements.occurredAt),
      initiatorId: c.form.elements.initiated.checked ? me : null, place: c.value('place'), note: c.value('note'),
      durationMinutes: c.value('durationMinutes') === null ? null : Number(c.value('durationMinutes')),
    }),
    said: () => `the ${words(c.value('kind'))} with ${person.input.value.trim()}`,
  };
}

function introductionForm(c) {
  const introducer = c.picker('introducer', 'Who made the introduction', { value: c.roster.labelOf(c.roster.people.me) });
  const a = c.picker('personA', 'Introduced');
  const b = c.picker('personB', 'To');
  c.add(c.note('purpose', 'Why (optional)', 500), c.when());
  return {
    path: '/introductions', type: 'IntroductionMade', id: 'introductionId', person: a, submit: 'Record the introduction',
    fieldOf: { introducerId: 'introducer', personAId: 'personA', personBId: 'personB' },
    body: () => ({
      introducerId: introducer.contactId(), personAId: a.contactId(), personBId: b.contactId(),
      purpose: c.value('purpose'), occurredAt: instantOf(c.form.elements.occurredAt),
    }),
    said: () => `the introduction of ${a.input.value.trim()} to ${b.input.value.trim()}`,
  };
}

/** Who promised whom, or asked whom: me or the picked person, by the choice's "byMe"/"toMe". */
function between(c, person, me) {
  const byMe = c.form.elements.way.value === 'byMe';
  return byMe ? [me, person.contactId()] : [person.contactId(), me];
}

function commitmentForm(c) {
  c.add(choice('way', 'Who promised', [['byMe', 'I promised them'], ['toMe', 'They promised me']]));
  const person = c.picker('person', 'Who');
  c.add(c.note('what', 'What was promised', 500),
    el('div', { class: 'row' },
      field('capture-due', 'Due on (optional)', el('input', { id: 'capture-due', name: 'dueOn', type: 'date' })),
      c.when()));
  return {
    path: '/commitments', type: 'CommitmentMade', id: 'commitmentId', person, submit: 'Record the commitment',
    fieldOf: { promiserId: 'person', promiseeId: 'person' },
    body: me => {
      const [promiserId, promiseeId] = between(c, person, me);
      return { promiserId, promiseeId, what: c.value('what'), dueOn: c.value('dueOn'),
               occurredAt: instantOf(c.form.elements.occurredAt) };
    },
    said: () => `the commitment (“${c.value('what')}”)`,
  };
}

function askForm(c) {
  c.add(choice('way', 'Who asked', [['byMe', 'I asked them'], ['toMe', 'They asked me']]));
  const person = c.picker('person', 'Who');
  c.add(c.note('what', 'What for', 500), c.when());
  return {
    path: '/asks', type: 'AskMade', id: 'askId', person, submit: 'Record the ask',
    fieldOf: { askerId: 'person', askedId: 'person' },
    body: me => {
      const [askerId, askedId] = between(c, person, me);
      return { askerId, askedId, what: c.value('what'), occurredAt: instantOf(c.form.elements.occurredAt) };
    },
    said: () => `the ask (“${c.value('what')}”)`,
  };
}

function dialogOf(people) {
  const roster = new Roster(people);
  const status = el('div', { id: 'capture-status', role: 'status', 'aria-live': 'polite' });
  const body = el('div', { id: 'capture-body' });
  const kinds = choice('what', 'What happened', WHAT.map(([value, label]) => [value, label]));
  kinds.id = 'capture-kinds';
  const dialog = el('dialog', { id: 'capture', 'aria-labelledby': 'capture-title' },
    el('h2', { id: 'capture-title' }, 'Record what happened'), kinds, body, status,
    el('p', {}, el('button', { type: 'button', class: 'secondary', id: 'capture-close', onclick: () => dialog.close() },
                   'Close')),
    roster.datalist('capture-people'));

  /** The form of the chosen kind, new (with a new Idempotency-Key); what was typed in another kind's form goes. */
  function show(what) {
    const c = new Capture(roster);
    const spec = WHAT.find(([value]) => value === what)[2](c);
    c.add(el('p', {}, el('button', { type: 'submit' }, spec.submit)));
    body.replaceChildren(c.form);
    recordingForm(c.form, {
      path: api(spec.path),
      body: () => spec.body(people.me),
      fieldOf: spec.fieldOf,
      check: () => c.check(),
      recorded: async answer => {
        const said = spec.said();
        const contactId = spec.person.contactId();
        show(what);
        status.replaceChildren(el('p', {}, `Recorded: ${said}. `, el('span', { id: 'capture-link' }, 'Finding it on the timeline…')),
          ...(answer.warnings || []).map(w => el('p', { class: 'notice warning', 'data-code': w.code }, w.detail)));
        const entry = await journalEntryOf(spec.type, spec.id, answer[spec.id]);
        document.getElementById('capture-link')?.replaceChildren(entry
          ? el('a', { href: pageUrl('timeline.html', { event: entry.eventId }) }, 'See it on the timeline')
          : el('a', { href: pageUrl('timeline.html', { contact: contactId }) }, 'See the timeline'), '.');
      },
    });
    c.form.querySelector('input:not([type=radio]), select').focus();
  }
  kinds.addEventListener('change', () => {
    status.replaceChildren();
    show(kinds.querySelector('input:checked').value);
  });
  show(WHAT[0][0]); // a favor received: the commonest thing to capture
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
    dialog.querySelector('#capture-form input:not([type=radio]), #capture-form select').focus();
  };
  document.querySelector('header').append(
    el('button', { type: 'button', id: 'quick-capture', 'aria-keyshortcuts': 'n', title: 'Record what happened (n)',
                   onclick: open }, 'Record'));
  document.addEventListener('keydown', event => {
    const typing = event.target.closest('input, select, textarea, [contenteditable], dialog');
    if (event.key === 'n' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });
}
