import { option, recordingForm } from './forms.js';
import { api, el, getJson, instantOf, setNow, time, words, Words } from './ledger.js';

// Following up what was recorded: an introduction's outcome, a commitment resolved, an ask answered. The same form
// on the timeline (from the entry) and on the follow-ups page (from the lists).

/**
 * What follows each thing up, by the type of the event that made it: the endpoint, the choice it records (the
 * contract's values, which a test holds them to), the types that end it (a commitment is resolved once, an ask
 * answered once), and the choice that may name the favor that did it, with who gave that favor to whom.
 */
export const FOLLOW_UPS = {
  IntroductionMade: {
    summary: 'Record its outcome…', path: s => `/introductions/${encodeURIComponent(s.introductionId)}/outcomes`,
    field: 'outcome', label: 'How it turned out', ends: [],
    values: ['MET', 'OPPORTUNITY', 'HIRED', 'DEAL', 'NO_RESPONSE', 'DECLINED'],
  },
  CommitmentMade: {
    summary: 'Resolve it…', path: s => `/commitments/${encodeURIComponent(s.commitmentId)}/resolution`,
    field: 'status', label: 'How it ended', values: ['KEPT', 'BROKEN', 'RELEASED'],
    ends: ['CommitmentKept', 'CommitmentBroken', 'CommitmentReleased'],
    byFavor: 'KEPT', favor: s => [s.promiserId, s.promiseeId],
  },
  AskMade: {
    summary: 'Answer it…', path: s => `/asks/${encodeURIComponent(s.askId)}/answer`,
    field: 'outcome', label: 'What came of it', values: ['HELPED', 'DECLINED', 'NO_RESPONSE'], ends: ['AskAnswered'],
    byFavor: 'HELPED', favor: s => [s.askedId, s.askerId],
  },
};

/** The favors `giverId` did `receiverId`, newest first, as choices: what each was, and when. */
async function offerFavors(select, giverId, receiverId) {
  const search = new URLSearchParams({ contact: giverId, type: 'FavorRecorded', limit: '100' });
  const { body } = await getJson(api(`/journal?${search}`));
  for (const entry of body.entries) {
    const favor = entry.summary;
    if (favor.giverId !== giverId || favor.receiverId !== receiverId) continue;
    select.append(option(favor.favorId, `${Words(favor.kind)}${favor.note ? `: ${favor.note}` : ''}`
      + ` (${time(favor.occurredAt).textContent})`));
  }
}

/**
 * The form that follows up the thing an event of `type` made (`summary` is that event's, as the journal has it),
 * `id` naming its fields; `recorded(choice)` follows. When the choice may name a favor (an ask that helped, a
 * promise kept), the favors of that way are offered.
 */
export function followUpForm(type, summary, id, recorded) {
  const what = FOLLOW_UPS[type];
  const form = el('form', { class: 'stacked', id, novalidate: true },
    el('div', { class: 'row' },
      el('label', { for: `${id}-${what.field}` }, what.label,
        el('select', { id: `${id}-${what.field}`, name: what.field },
          what.values.map(v => option(v, Words(v))))),
      el('label', { for: `${id}-when` }, 'When',
        el('input', { id: `${id}-when`, name: 'occurredAt', type: 'datetime-local' }))),
    el('p', {}, el('button', { type: 'submit' }, 'Record it')));
  setNow(form.elements.occurredAt);
  let favor = null;
  if (what.byFavor) {
    favor = el('select', { id: `${id}-favor`, name: 'favorId' }, option('', 'No favor named'));
    const row = el('label', { for: `${id}-favor` }, 'With the favor', favor);
    form.querySelector('.row').after(row);
    const offer = () => { row.hidden = form.elements[what.field].value !== what.byFavor; };
    form.elements[what.field].addEventListener('change', offer);
    offer();
    offerFavors(favor, ...what.favor(summary)).catch(() => {});
  }
  recordingForm(form, {
    path: api(what.path(summary)),
    body: () => {
      const choice = form.elements[what.field].value;
      const answer = { [what.field]: choice, occurredAt: instantOf(form.elements.occurredAt) };
      if (favor && choice === what.byFavor && favor.value) answer.favorId = favor.value;
      return answer;
    },
    recorded: () => recorded(form.elements[what.field].value),
  });
  return form;
}

/** What a follow-up said, for a status line. */
export function followedUp(choice) {
  return `Recorded (${words(choice)}): it is on the timeline as an event of its own.`;
}
