import { api, el, getJson, number, pageUrl, problemNotice, query, recordHint, requireLedger, scoreBars, time,
  words } from './ledger.js';

// The ranking with tiers; each row opens into its score breakdown and the events behind it.

const PAGE = 50;
const body = document.querySelector('#advocates tbody');
const status = document.getElementById('status');
const more = document.getElementById('more');
const tier = document.getElementById('tier');
let offset = 0;
let chart;

const FACTORS = {
  ON_MY_BEHALF: 'on my behalf', FAVOR_FOR_ME: 'favors for me', INTRODUCED_ME: 'introduced me',
  INTRODUCTION_LED_SOMEWHERE: 'introductions that led somewhere', RELIABILITY: 'reliability (kept promises)',
};

async function breakdown(row, container) {
  try {
    const { body: detail } = await getJson(api(`/advocates/${encodeURIComponent(row.contactId)}`));
    const factors = el('table', { class: 'factors' },
      el('caption', { class: 'visually-hidden' }, `Score breakdown of ${row.name}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Factor'), el('th', { scope: 'col', class: 'num' }, 'Count'),
                          el('th', { scope: 'col', class: 'num' }, 'Points'))),
      el('tbody', {}, detail.breakdown.map(f => el('tr', {}, el('td', {}, FACTORS[f.factor] || words(f.factor)),
        el('td', { class: 'num' }, f.count), el('td', { class: 'num' }, number(f.points, 2))))));
    const events = el('ol', { class: 'events', 'aria-label': `Events behind the score of ${row.name}` },
      detail.events.map(e => el('li', {}, time(e.occurredAt), ` — ${FACTORS[e.factor] || words(e.factor)}: `,
        `${words(e.type.replace(/([a-z])([A-Z])/g, '$1_$2'))} ${e.id}, ${number(e.points, 1)} points`,
        ` (${number(e.decayedPoints, 2)} today)`)));
    container.replaceChildren(
      el('p', {}, `Reliability ×${number(detail.reliability, 2)}: kept ${detail.commitmentsKept}, broke `,
         `${detail.commitmentsBroken} promises made to you. Last acted `, time(detail.lastActedAt), '.'),
      factors,
      el('h3', {}, `The events behind the score (${detail.events.length})`),
      detail.events.length ? events : el('p', {}, 'Nothing they did counts yet.'),
      el('p', {}, el('a', { href: pageUrl('timeline.html', { contact: row.contactId }) }, `Timeline of ${row.name}`)));
  } catch (error) {
    container.replaceChildren(problemNotice(error));
  }
}

function rowOf(row) {
  const content = el('div', {}, el('p', { class: 'hint' }, 'Loading…'));
  const details = el('details', { class: 'breakdown', 'data-contact': row.contactId },
    el('summary', {}, el('strong', {}, row.name), row.archived ? ' (archived)' : ''),
    content);
  details.addEventListener('toggle', () => {
    if (details.open && !details.dataset.loaded) {
      details.dataset.loaded = 'yes';
      breakdown(row, content);
    }
  }, { once: false });
  return el('tr', {}, el('td', { class: 'num' }, row.rank),
    el('td', {}, details, el('p', { class: 'hint' }, row.why)),
    el('td', {}, el('span', { class: `tier ${row.tier}` }, words(row.tier))),
    el('td', { class: 'num' }, number(row.score, 2)));
}

function drawChart(rows) {
  if (chart) chart.destroy();
  chart = scoreBars(document.getElementById('ranking-chart'), rows.slice(0, 20));
}

async function load() {
  const search = new URLSearchParams({ offset: String(offset), limit: String(PAGE) });
  if (tier.value) search.set('tier', tier.value);
  try {
    const { body: ranking } = await getJson(api(`/advocates?${search}`));
    if (offset === 0) {
      body.replaceChildren();
      drawChart(ranking.advocates);
    }
    ranking.advocates.forEach(row => body.append(rowOf(row)));
    offset += ranking.advocates.length;
    more.hidden = offset >= ranking.total;
    if (ranking.total === 0) {
      body.append(el('tr', {}, el('td', { colspan: 4, class: 'empty' }, tier.value
        ? 'Nobody is in this tier yet — choose another tier.'
        : ['Nobody to rank yet — ', recordHint('the favors people did for you', 'advocates.html')])));
    }
    status.textContent = `${offset} of ${ranking.total} people, ranked at ${new Date(ranking.asOf).toUTCString()}`
      + ` (formula version ${ranking.formula.version}).`;
    if (ranking.notice) document.getElementById('problem').replaceChildren(el('p', { class: 'notice' }, ranking.notice));
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
  }
}

if (requireLedger()) {
  tier.value = query.get('tier') || '';
  tier.addEventListener('change', () => { offset = 0; load(); });
  more.addEventListener('click', load);
  load();
}
