import { api, el, getJson, ledgerId, postJson, problemNotice, refusalWords, requireLedger, ROLE_WORDS, signedIn, time }
  from './ledger.js';

// Who has access to the ledger; an owner adds members, changes their roles and removes them.

const body = document.querySelector('#members tbody');
const status = document.getElementById('status');
const refusal = document.getElementById('refusal');
const form = document.getElementById('add');
let me;

/** The roles to choose from; the add form says what each may do, a member's row only names them. */
function roleOptions(selected, { described = false } = {}) {
  return Object.entries(ROLE_WORDS).map(([role, meaning]) =>
    el('option', { value: role, selected: role === selected }, described ? `${role} (${meaning})` : role));
}

function member(username) {
  return api(`/members/${encodeURIComponent(username)}`);
}

/** Runs a change; a refusal is said in words, otherwise the list is read again and the outcome said. */
async function change(action, outcome, focus) {
  refusal.replaceChildren();
  try {
    await action();
  } catch (error) {
    refusal.replaceChildren(el('p', { class: 'problem', role: 'alert' }, `Refused: ${refusalWords(error)}`));
    return false;
  }
  await load();
  status.textContent = outcome;
  focus?.()?.focus();
  return true;
}

function roleForm(m) {
  const select = el('select', { name: 'role', 'aria-label': `Role of ${m.username}` }, roleOptions(m.role));
  const save = el('button', { type: 'submit', class: 'secondary', disabled: true }, 'Change role');
  select.addEventListener('change', () => { save.disabled = select.value === m.role; });
  return el('form', { class: 'inline', 'data-role-of': m.username, onsubmit: event => {
    event.preventDefault();
    const role = select.value;
    change(() => postJson(`${member(m.username)}/role`, { role }), `${m.username} now has ${role} access.`,
           () => body.querySelector(`form[data-role-of="${CSS.escape(m.username)}"] select`));
  } }, select, save);
}

function rowOf(m, owner) {
  const you = m.username === me.username;
  return el('tr', { 'data-member': m.username, 'data-role': m.role },
    el('th', { scope: 'row' }, m.username, you ? ' (you)' : ''),
    el('td', {}, owner ? roleForm(m)
                       : [el('span', { class: 'role' }, m.role), ' ', el('span', { class: 'hint' }, ROLE_WORDS[m.role] || '')]),
    el('td', {}, time(m.since)),
    el('td', {}, m.addedBy === m.username ? 'opened the ledger' : m.addedBy || '—'),
    owner ? el('td', {}, el('button', { type: 'button', class: 'secondary', 'data-remove': m.username,
                                       'aria-label': `Remove ${m.username}`,
                                       onclick: () => change(() => postJson(`${member(m.username)}/removal`),
                                                             `${m.username} no longer has access to this ledger.`,
                                                             () => form.elements.username) }, 'Remove'))
          : null);
}

async function load() {
  try {
    const { body: members } = await getJson(api('/members'));
    const owner = members.some(m => m.username === me.username && m.role === 'OWNER');
    document.getElementById('actions').hidden = !owner;
    document.getElementById('adding').hidden = !owner;
    document.getElementById('read-only').hidden = owner;
    body.replaceChildren(...members.map(m => rowOf(m, owner)));
    status.textContent = `${members.length} member${members.length === 1 ? '' : 's'}`
      + (owner ? '; you are an owner and may change them.' : '.');
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
    for (const id of ['members', 'adding', 'read-only']) document.getElementById(id).hidden = true;
  }
}

async function start() {
  if (!requireLedger()) return;
  form.elements.role.replaceChildren(...roleOptions('VIEWER', { described: true }));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const username = form.elements.username.value.trim();
    const role = form.elements.role.value;
    if (await change(() => postJson(api('/members'), { username, role }),
                     `${username} was given ${role} access to ${ledgerId}.`, () => form.elements.username)) {
      form.reset();
      form.elements.role.value = 'VIEWER';
    }
  });
  try {
    me = await signedIn();
  } catch (error) {
    document.getElementById('problem').replaceChildren(problemNotice(error));
    return;
  }
  await load();
}

start();
