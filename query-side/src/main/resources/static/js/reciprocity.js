import { api, contacts, el, getJson, number, owes, pageUrl, problemNotice, query, recordHint, requireLedger,
  wholeJournal } from './ledger.js';

// Balances per relationship, the derived lists with their reasons, and one relationship over time.

let people;
let chart;

function emptyItem(text) {
  return el('li', { class: 'hint' }, text);
}

function relationshipLink(contactId, name) {
  return el('a', { href: pageUrl('reciprocity.html', { contact: contactId }) }, name);
}

function fill(id, items, empty) {
  document.getElementById(id).replaceChildren(...(items.length ? items : [emptyItem(empty)]));
}

async function lists() {
  const [owed, iOwe, emptyAccounts, dontInvest] = await Promise.all(
    ['owed-to-me', 'i-owe', 'empty-accounts', 'dont-invest'].map(list => getJson(api(`/reciprocity/${list}`))));
  fill('owed-to-me', owed.body.contacts.slice(0, 15).map(c => el('li', {}, relationshipLink(c.contactId, c.displayName),
    `: you gave ${number(c.givenWeighted)} (${c.givenCount} favors), received ${number(c.receivedWeighted)}`,
    c.oldestUnreciprocatedAgeDays != null ? `; the oldest favor not returned is ${c.oldestUnreciprocatedAgeDays} days old.` : '.')),
    'Nobody owes you anything: give first, and it will show here.');
  fill('i-owe', iOwe.body.contacts.slice(0, 15).map(c => el('li', {}, relationshipLink(c.contactId, c.displayName),
    `: they gave ${number(c.receivedWeighted)} (${c.receivedCount} favors), you gave ${number(c.givenWeighted)}`,
    c.oldestUnreciprocatedAgeDays != null ? `; the oldest favor you have not returned is ${c.oldestUnreciprocatedAgeDays} days old.` : '.')),
    'You owe nobody: every favor received is matched.');
  fill('empty-accounts', emptyAccounts.body.contacts.map(c => el('li', {}, relationshipLink(c.contactId, c.displayName), ': ',
    c.asks.flatMap(a => a.warnings.map(w => w.detail)).join(' ') || `${c.asks.length} asks before you gave anything.`)),
    'No ask drew on an empty account: you gave before you asked.');
  fill('dont-invest', dontInvest.body.contacts.map(c => el('li', {}, relationshipLink(c.contactId, c.displayName), ': ',
    (c.reasons || []).join(' '))), 'Nobody: everyone you helped helped back when asked.');
}

async function balances() {
  const { body } = await getJson(api('/reciprocity'));
  const rows = body.balances.filter(b => b.given.count || b.received.count)
    .sort((a, b) => Math.abs(b.balance) - Math.abs(a.balance));
  const tbody = document.querySelector('#balances tbody');
  tbody.replaceChildren(...rows.map(b => el('tr', { 'data-contact': b.contactId },
    el('th', { scope: 'row' }, relationshipLink(b.contactId, b.displayName), b.archived ? ' (archived)' : ''),
    el('td', { class: 'num' }, `${number(b.given.weighted)} (${b.given.count})`),
    el('td', { class: 'num' }, `${number(b.received.weighted)} (${b.received.count})`),
    el('td', { class: 'num' }, number(b.balance)),
    el('td', {}, owes(b.balance)),
    el('td', {}, el('button', { type: 'button', class: 'secondary', onclick: () => relationship(b.contactId),
                                'aria-label': `Chart of the relationship with ${b.displayName}` }, 'Chart')))));
  if (!rows.length) {
    tbody.append(el('tr', {}, el('td', { colspan: 6, class: 'empty' }, 'No favors yet — ',
      recordHint('a favor', 'reciprocity.html'))));
  }
}

/** The favor as its amendments left it: each amendment entry says what it changed. */
function amended(favor, amendments) {
  const now = { ...favor };
  for (const amendment of amendments) {
    for (const change of amendment.changes || []) {
      now[change.field] = change.field === 'weight' ? Number(change.after) : change.after;
    }
  }
  return now;
}

/** Cumulative favors given and received with one contact, from the journal with its corrections applied. */
async function relationship(contactId) {
  history.replaceState(null, '', pageUrl('reciprocity.html', { contact: contactId }));
  const section = document.getElementById('relationship');
  section.hidden = false;
  const name = people.byId.get(contactId)?.displayName || contactId;
  document.getElementById('relationship-title').textContent = `Your relationship with ${name}`;
  const summary = document.getElementById('relationship-summary');
  summary.replaceChildren('Loading…');
  try {
    // A merged contact's favors, earlier and later, belong to the survivor.
    const ids = new Set([contactId, ...people.list.filter(c => c.mergedInto === contactId).map(c => c.contactId)]);
    const [{ body: balance }, ...journals] = await Promise.all([
      getJson(api(`/reciprocity/${encodeURIComponent(contactId)}`)),
      ...[...ids].map(id => wholeJournal([['contact', id], ['type', 'FavorRecorded'], ['type', 'FavorAmended']]))]);
    const entries = journals.flat();
    const originals = new Map(entries.filter(e => e.type === 'FavorRecorded').map(e => [e.eventId, e]));
    for (const amendment of entries.filter(e => e.type === 'FavorAmended' && e.correctsEventId)) {
      if (!originals.has(amendment.correctsEventId)) {
        const { body: original } = await getJson(api(`/journal/${amendment.correctsEventId}`));
        originals.set(original.eventId, original);
      }
    }
    const points = [];
    for (const original of originals.values()) {
      if ((original.correctedBy || []).some(c => c.type === 'FavorRetracted')) continue;
      const amendments = [];
      for (const c of (original.correctedBy || []).filter(c => c.type === 'FavorAmended')) {
        amendments.push((await getJson(api(`/journal/${c.eventId}`))).body);
      }
      const favor = amended(original.summary, amendments);
      const given = favor.giverId === people.me && ids.has(favor.receiverId);
      const received = ids.has(favor.giverId) && favor.receiverId === people.me;
      if (given || received) points.push({ at: favor.occurredAt, given });
    }
    points.sort((a, b) => a.at.localeCompare(b.at));
    // Every month from the first favor to the last, so that the steps stand where they happened.
    const months = [];
    let given = 0;
    let received = 0;
    let next = 0;
    if (points.length) {
      const cursor = new Date(`${points[0].at.slice(0, 7)}-01T00:00:00Z`);
      const last = points[points.length - 1].at.slice(0, 7);
      for (;;) {
        const month = cursor.toISOString().slice(0, 7);
        while (next < points.length && points[next].at.slice(0, 7) === month) {
          if (points[next].given) given += 1; else received += 1;
          next += 1;
        }
        months.push({ month, given, received });
        if (month === last) break;
        cursor.setUTCMonth(cursor.getUTCMonth() + 1);
      }
    }
    summary.replaceChildren(`Given ${number(balance.given.weighted)} in ${balance.given.count} favors, received `,
      `${number(balance.received.weighted)} in ${balance.received.count}: balance ${number(balance.balance)}, ${owes(balance.balance)}. `,
      el('a', { href: pageUrl('timeline.html', { contact: contactId }) }, `Timeline of ${name}`), '.');
    if (chart) chart.destroy();
    chart = new Chart(document.getElementById('relationship-chart'), {
      type: 'line',
      data: {
        labels: months.map(m => m.month),
        datasets: [
          { label: 'Given by you (cumulative)', data: months.map(m => m.given), borderColor: '#1f5fa8', stepped: true },
          { label: `Received from ${name} (cumulative)`, data: months.map(m => m.received), borderColor: '#c0561b',
            borderDash: [6, 4], stepped: true },
        ],
      },
      options: { maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
    });
    section.scrollIntoView();
  } catch (error) {
    summary.replaceChildren(problemNotice(error));
  }
}

async function start() {
  if (!requireLedger()) return;
  try {
    people = await contacts();
    await Promise.all([balances(), lists()]);
    if (query.get('contact')) await relationship(query.get('contact'));
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
  }
}

start();
