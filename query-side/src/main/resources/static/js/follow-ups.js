import { followedUp, followUpForm } from './followup.js';
import {
  api, caughtUp, contactsOrProblem, el, getJson, mayRecord, namer, problemNotice, requireLedger, time, words,
} from './ledger.js';

// The commitments, with their due day and whether they are overdue, and the introductions with what they led to;
// each followed up from its own row by those who may record.

const status = document.getElementById('status');
const resolved = document.getElementById('resolved');
let name;
let mayFollowUp = false;
let commitments = [];
let introductions = [];

const read = async () => Promise.all([getJson(api('/commitments')), getJson(api('/introductions'))])
  .then(([c, i]) => ({ commitments: c.body.commitments, introductions: i.body.introductions }));

/** A row's follow-up, in a disclosure; once recorded, the lists again when they show it. */
function followUp(type, summary, id, label, done) {
  const details = el('details', { class: 'correct' }, el('summary', { 'aria-label': label }, 'Follow up…'));
  details.append(followUpForm(type, summary, id, async choice => {
    show(await caughtUp(read, done));
    status.textContent = followedUp(choice);
  }));
  return details;
}

function commitmentRow(c) {
  const promise = `${name(c.promiserId)} promised ${name(c.promiseeId, { object: true })}: “${c.what}”`;
  return el('tr', { 'data-commitment': c.commitmentId, class: c.overdue ? 'overdue' : null },
    el('th', { scope: 'row' }, promise),
    el('td', {}, c.dueOn ? time(`${c.dueOn}T00:00:00Z`) : '—'),
    el('td', {}, c.overdue ? el('span', { class: 'tag overdue' }, 'Overdue') : words(c.status),
       c.resolvedAt ? [' ', time(c.resolvedAt)] : ''),
    el('td', {}, mayFollowUp && c.status === 'OPEN'
      ? followUp('CommitmentMade', c, `resolve-${c.commitmentId}`, `Resolve: ${promise}`,
                 lists => lists.commitments.some(x => x.commitmentId === c.commitmentId && x.status !== 'OPEN'))
      : ''));
}

function introductionRow(i) {
  const said = `${name(i.introducerId)} introduced ${name(i.personAId, { object: true })} to `
    + `${name(i.personBId, { object: true })}${i.purpose ? ` — ${i.purpose}` : ''}`;
  return el('tr', { 'data-introduction': i.introductionId },
    el('th', { scope: 'row' }, said),
    el('td', {}, time(i.occurredAt)),
    el('td', {}, i.outcomes.length ? i.outcomes.map(o => words(o.outcome)).join(', ') : 'none yet'),
    el('td', {}, mayFollowUp
      ? followUp('IntroductionMade', i, `outcome-${i.introductionId}`, `Record the outcome: ${said}`,
                 lists => lists.introductions.some(x => x.introductionId === i.introductionId
                   && x.outcomes.length > i.outcomes.length))
      : ''));
}

function show(lists) {
  ({ commitments, introductions } = lists);
  const listed = commitments.filter(c => resolved.checked || c.status === 'OPEN');
  document.querySelector('#commitments tbody').replaceChildren(...(listed.length ? listed.map(commitmentRow)
    : [el('tr', {}, el('td', { colspan: 4, class: 'empty' }, 'No open commitment: record one with the Record button.'))]));
  const newest = [...introductions].sort((a, b) => b.occurredAt.localeCompare(a.occurredAt));
  document.querySelector('#introductions tbody').replaceChildren(...(newest.length ? newest.map(introductionRow)
    : [el('tr', {}, el('td', { colspan: 4, class: 'empty' }, 'No introduction yet.'))]));
  const overdue = commitments.filter(c => c.overdue).length;
  status.textContent = `${listed.length} commitment${listed.length === 1 ? '' : 's'} shown`
    + `${overdue ? `, ${overdue} overdue` : ''}; ${introductions.length} introduction`
    + `${introductions.length === 1 ? '' : 's'}.`;
}

async function start() {
  if (!requireLedger()) return;
  const people = await contactsOrProblem();
  if (!people) return;
  name = namer(people);
  mayFollowUp = await mayRecord();
  try {
    show(await read());
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
  }
  resolved.addEventListener('change', () => show({ commitments, introductions }));
}

start();
