import { ApiProblem, api, el, getJson, number, owes, pageUrl, problemNotice, query, requireLedger, scoreBars, words }
  from './ledger.js';

// The ledger replayed to a day (…/reports/as-of), compared with a later one (…/reports/compare), and the
// trailing returns (…/reports/returns).

const form = document.getElementById('filters');
const status = document.getElementById('status');
const charts = {};

function draw(id, config) {
  if (charts[id]) charts[id].destroy();
  charts[id] = new Chart(document.getElementById(id), config);
}

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function ranking(report) {
  const rows = report.advocates.advocates;
  document.querySelector('#ranking tbody').replaceChildren(...(rows.length ? rows.slice(0, 25).map(r => el('tr', { 'data-contact': r.contactId },
    el('td', { class: 'num' }, r.rank), el('th', { scope: 'row' }, r.name),
    el('td', {}, el('span', { class: `tier ${r.tier}` }, words(r.tier))), el('td', { class: 'num' }, number(r.score, 2))))
    : [el('tr', {}, el('td', { colspan: 4, class: 'empty' }, 'Nobody was ranked yet on that day — pick a later day.'))]));
  if (charts['ranking-chart']) charts['ranking-chart'].destroy();
  charts['ranking-chart'] = scoreBars(document.getElementById('ranking-chart'), rows.slice(0, 15));
}

function balances(report) {
  const rows = report.balances.balances.filter(b => b.given.count || b.received.count)
    .sort((a, b) => Math.abs(b.balance) - Math.abs(a.balance)).slice(0, 15);
  document.querySelector('#balances tbody').replaceChildren(...(rows.length ? rows.map(b => el('tr', {},
    el('th', { scope: 'row' }, b.displayName), el('td', { class: 'num' }, `${number(b.given.weighted)} (${b.given.count})`),
    el('td', { class: 'num' }, `${number(b.received.weighted)} (${b.received.count})`), el('td', { class: 'num' }, number(b.balance)),
    el('td', {}, owes(b.balance))))
    : [el('tr', {}, el('td', { colspan: 5, class: 'empty' }, 'No favors had been exchanged by that day — pick a later day.'))]));
}

function movement(change) {
  if (change.rankChange === null || change.rankChange === undefined) {
    return change.rankFrom == null ? 'new in the ranking' : 'left the ranking';
  }
  if (change.rankChange > 0) return `▲ rose ${change.rankChange} place${change.rankChange === 1 ? '' : 's'}`;
  if (change.rankChange < 0) return `▼ fell ${-change.rankChange} place${change.rankChange === -1 ? '' : 's'}`;
  return 'same place';
}

function comparison(report) {
  const movers = report.changes.filter(c => c.rankChange)
    .sort((a, b) => Math.abs(b.rankChange) - Math.abs(a.rankChange)).slice(0, 15);
  const rows = report.changes.slice().sort((a, b) => Math.abs(b.rankChange || 0) - Math.abs(a.rankChange || 0)
    || Math.abs(b.balanceChange) - Math.abs(a.balanceChange)).slice(0, 25);
  document.querySelector('#changes tbody').replaceChildren(...(rows.length ? rows.map(c => el('tr', {},
    el('th', { scope: 'row' }, el('a', { href: pageUrl('timeline.html', { contact: c.contactId }) }, c.name || c.contactId)),
    el('td', {}, `${c.rankFrom ?? '—'} → ${c.rankTo ?? '—'}`), el('td', {}, movement(c)),
    el('td', { class: 'num' }, number(c.balanceChange)), el('td', { class: 'num' }, (c.events || []).length)))
    : [el('tr', {}, el('td', { colspan: 5, class: 'empty' }, 'Nothing changed between the two days — pick days further apart.'))]));
  draw('movement-chart', {
    type: 'bar',
    data: { labels: movers.map(c => c.name || c.contactId),
            datasets: [{ label: 'Places gained (negative: lost)', data: movers.map(c => c.rankChange),
                         backgroundColor: movers.map(c => c.rankChange > 0 ? '#1b5e20' : '#b3261e') }] },
    options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, scales: { y: { ticks: { autoSkip: false } } } },
  });
}

function returns(report) {
  const cell = c => !c.known ? 'not yet' : `${Math.round((c.returnedShare || 0) * 100)}% (${c.returned})`;
  document.querySelector('#cohorts tbody').replaceChildren(...(report.cohorts.length ? report.cohorts.map(c => el('tr', {},
    el('th', { scope: 'row' }, c.cohort), el('td', { class: 'num' }, c.size), ...c.cells.map(x => el('td', { class: 'num' }, cell(x)))))
    : [el('tr', {}, el('td', { colspan: 6, class: 'empty' }, 'No investment yet — record a favor you did someone.'))]));
  const lags = report.reciprocationLags.filter(l => l.count > 0);
  draw('lag-chart', {
    type: 'bar',
    data: { labels: lags.map(l => `${l.kind ? words(l.kind) : 'all kinds'} (${l.count})`),
            datasets: [{ label: 'Median (days)', data: lags.map(l => l.medianDays), backgroundColor: '#1f5fa8' },
                       { label: '90th percentile (days)', data: lags.map(l => l.p90Days), backgroundColor: '#9fb8d8' }] },
    options: { maintainAspectRatio: false, animation: false },
  });
}

async function show(date, basis, until) {
  status.textContent = `Replaying the ledger to the end of ${date}…`;
  document.getElementById('problem').replaceChildren();
  try {
    const [asOf, compared, trailing] = await Promise.all([
      getJson(api(`/reports/as-of?${new URLSearchParams({ date, basis })}`)),
      getJson(api(`/reports/compare?${new URLSearchParams({ from: date, to: until, basis })}`)),
      getJson(api('/reports/returns?period=quarter'))]);
    ranking(asOf.body);
    balances(asOf.body);
    comparison(compared.body);
    returns(trailing.body);
    status.textContent = `As the ledger stood at the end of ${date} (${asOf.body.events} events, ${basis === 'recorded'
      ? 'as recorded by then' : 'as happened by then'}), compared with ${until}.`;
  } catch (error) {
    status.textContent = '';
    document.getElementById('problem').replaceChildren(error instanceof ApiProblem && error.status === 404
      && error.problem.code !== 'unknown-ledger'
      ? el('p', { class: 'notice' }, 'This build of the app has no retrospective reports (…/reports/as-of).')
      : problemNotice(error));
  }
}

if (requireLedger()) {
  const today = new Date();
  const yearAgo = new Date(Date.UTC(today.getUTCFullYear() - 1, today.getUTCMonth(), today.getUTCDate()));
  form.elements.date.value = query.get('date') || isoDay(yearAgo);
  form.elements.basis.value = query.get('basis') || 'occurred';
  form.elements.until.value = query.get('until') || isoDay(today);
  form.addEventListener('submit', event => {
    event.preventDefault();
    const next = { date: form.elements.date.value, basis: form.elements.basis.value, until: form.elements.until.value };
    history.replaceState(null, '', pageUrl('retrospective.html', next));
    show(next.date, next.basis, next.until);
  });
  show(form.elements.date.value, form.elements.basis.value, form.elements.until.value);
}
