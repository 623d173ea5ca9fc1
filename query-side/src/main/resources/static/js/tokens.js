import { account, el, getJson, postJson, problemNotice, refusalWords, time } from './ledger.js';

// The signed-in user's personal access tokens: a new one shown once, the list, a revocation.

const form = document.getElementById('create');
const body = document.querySelector('#tokens tbody');
const status = document.getElementById('status');
const refusal = document.getElementById('refusal');
const created = document.getElementById('created');
const secret = document.getElementById('new-token');

function stateOf(token, now) {
  if (token.revokedAt) return 'revoked';
  if (new Date(token.expiresAt) <= now) return 'expired';
  return 'live';
}

function rowOf(token, now) {
  const state = stateOf(token, now);
  return el('tr', { 'data-token': token.tokenId, 'data-state': state, class: state },
    el('th', { scope: 'row' }, token.name),
    el('td', { class: 'prefix' }, `${token.prefix}…`),
    el('td', {}, token.scope),
    el('td', {}, time(token.createdAt, { precise: true })),
    el('td', {}, time(token.expiresAt, { precise: true })),
    el('td', {}, token.lastUsedAt ? time(token.lastUsedAt, { precise: true }) : 'never'),
    el('td', { class: `state-${state}` }, state === 'revoked' ? ['revoked ', time(token.revokedAt, { precise: true })]
                                                               : state),
    el('td', {}, state === 'live'
      ? el('button', { type: 'button', class: 'secondary', 'data-revoke': token.tokenId,
                       'aria-label': `Revoke ${token.name} (${token.prefix}…)`, onclick: () => revoke(token) }, 'Revoke')
      : ''));
}

async function load() {
  try {
    const { body: tokens } = await getJson('/api/me/tokens');
    const now = new Date();
    body.replaceChildren(...tokens.map(t => rowOf(t, now)));
    if (!tokens.length) {
      body.replaceChildren(el('tr', {}, el('td', { colspan: 8, class: 'empty' }, 'You have no tokens yet.')));
    }
    const live = tokens.filter(t => stateOf(t, now) === 'live').length;
    status.textContent = `${tokens.length} token${tokens.length === 1 ? '' : 's'}, ${live} of them live.`;
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
  }
}

async function revoke(token) {
  refusal.replaceChildren();
  try {
    await postJson(`/api/me/tokens/${encodeURIComponent(token.tokenId)}/revocation`);
  } catch (error) {
    refusal.replaceChildren(el('p', { class: 'problem', role: 'alert' }, `Not revoked: ${refusalWords(error)}`));
    return;
  }
  await load();
  status.textContent = `The token “${token.name}” (${token.prefix}…) is revoked: it authenticates nothing from now on.`;
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  refusal.replaceChildren();
  let answer;
  try {
    answer = await postJson('/api/me/tokens', { name: form.elements.name.value.trim(),
                                               expiresInDays: Number(form.elements.expiresInDays.value),
                                               scope: form.elements.scope.value });
  } catch (error) {
    refusal.replaceChildren(el('p', { class: 'problem', role: 'alert' }, `Not created: ${refusalWords(error)}`));
    return;
  }
  const made = answer.body;
  secret.value = made.token;
  document.getElementById('copied').textContent = '';
  document.getElementById('created-summary').replaceChildren(
    `“${made.name}”, ${made.scope}, works until `, time(made.expiresAt, { precise: true }), '. Send it as ',
    el('code', {}, 'Authorization: Bearer <token>'), '.');
  created.hidden = false;
  form.reset();
  await load();
  secret.focus();
  secret.select();
});

document.getElementById('copy').addEventListener('click', async () => {
  const said = document.getElementById('copied');
  secret.select();
  try {
    await navigator.clipboard.writeText(secret.value);
    said.textContent = 'Copied.';
  } catch {
    said.textContent = 'Selected: copy it with Ctrl+C (⌘C).';
  }
});

account();
load();
