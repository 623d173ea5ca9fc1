import { el, getJson, navigation, postJson, problemNotice, refusalWords, time } from './ledger.js';

// The node's processors; a replay is started here and its progress bar followed until it is done.

const body = document.querySelector('#processors tbody');
const status = document.getElementById('status');
const BUSY = ['REPLAYING', 'CATCHING_UP'];
let polling = null;

const STATUS_WORDS = {
  RUNNING: 'up to date', REPLAYING: 'rebuilding', CATCHING_UP: 'catching up', STOPPED: 'stopped', ERROR: 'failed',
};

function progressCell(processor) {
  const replay = processor.replay;
  if (!replay) return el('span', { class: 'hint' }, 'never rebuilt on this node');
  const done = !BUSY.includes(processor.status) && replay.progressPercent >= 100;
  return el('div', { class: 'replay' },
    el('progress', { max: '100', value: String(replay.progressPercent), 'aria-label': `Rebuild of ${processor.name}`,
                     'data-processor': processor.name }, `${replay.progressPercent}%`),
    ' ', el('span', { class: 'percent' }, done ? 'done (100%)' : `${replay.progressPercent}%`),
    replay.startedAt ? el('span', { class: 'hint' }, ' · started ', time(replay.startedAt, { precise: true })) : '');
}

async function replay(name, button) {
  button.disabled = true;
  try {
    await postJson(`/api/admin/processors/${encodeURIComponent(name)}/replay`);
    status.textContent = `Rebuilding ${name}…`;
  } catch (error) {
    status.textContent = `The replay of ${name} was refused: ${refusalWords(error)}`;
  }
  await refresh();
}

/** How many of a processor's segments this node holds, and which other nodes hold the rest. */
function segmentsCell(segments) {
  if (!segments || !segments.length) return '—';
  const here = segments.filter(segment => segment.here).length;
  const elsewhere = [...new Set(segments.filter(segment => !segment.here).map(segment => segment.owner || 'nobody'))];
  return `${here} of ${segments.length} here${elsewhere.length ? ` · the others: ${elsewhere.join(', ')}` : ''}`;
}

function rowOf(processor) {
  const action = processor.tracking
    ? el('button', { type: 'button', class: 'secondary', 'data-replay': processor.name,
                     disabled: BUSY.includes(processor.status),
                     onclick: event => replay(processor.name, event.currentTarget) }, `Replay ${processor.name}`)
    : el('span', { class: 'hint' }, 'follows the event store as it is written');
  return el('tr', { 'data-processor': processor.name, 'data-status': processor.status },
    el('th', { scope: 'row' }, processor.name),
    el('td', {}, `${STATUS_WORDS[processor.status] || processor.status}`, processor.error ? ` — ${processor.error}` : ''),
    el('td', { class: 'num' }, processor.position ?? '—', processor.head != null ? ` of ${processor.head}` : ''),
    el('td', { class: 'num' }, processor.behind ?? '—'),
    el('td', { class: 'segments' }, segmentsCell(processor.segments)),
    el('td', {}, progressCell(processor)),
    el('td', {}, action));
}

async function refresh() {
  try {
    const { body: processors } = await getJson('/api/admin/processors');
    body.replaceChildren(...processors.map(rowOf));
    const busy = processors.filter(p => BUSY.includes(p.status));
    if (busy.length) {
      status.textContent = `Rebuilding ${busy.map(p => p.name).join(', ')}…`;
      if (!polling) polling = setInterval(refresh, 500);
    } else {
      if (polling) {
        clearInterval(polling);
        polling = null;
        status.textContent = 'Every read model is up to date.';
      }
      if (!status.textContent) status.textContent = 'Every read model is up to date.';
    }
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
  }
}

navigation();
refresh();
