import { ApiProblem, api, el, postJson, refusalWords } from './ledger.js';

// What every recording form does: it records exactly once, says what went wrong next to the field it is about,
// and never loses what was typed.

/** A new Idempotency-Key: 128 random bits in hex (crypto.getRandomValues works on plain HTTP too). */
export function newKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Makes a form record through the API. `body(form)` gives the JSON to send, `path` the endpoint (or a function
 * giving it, for an endpoint named by what the form picks), and `recorded` what to do with the answer; `fieldOf`
 * names the form's field for an API field of another name, and `check(form)` may find problems before anything is
 * sent (as `[{field, message}]`, said the same way). The form's Idempotency-Key is made when the form opens and
 * kept until the thing is recorded, so a double click, a retry after a network error or a second try after a
 * refusal records one thing.
 * A refusal names each field it is about next to that field (`aria-invalid`, `aria-describedby`), and says the
 * rest in the form's alert; nothing typed is cleared.
 */
export function recordingForm(form, { path, body, recorded, fieldOf = {}, check = () => [] }) {
  let key = newKey();
  let sending = false;
  const alert = el('p', { class: 'problem', role: 'alert', hidden: true });
  form.append(alert);
  const submit = form.querySelector('button[type="submit"]');

  function clearErrors() {
    alert.hidden = true;
    alert.replaceChildren();
    for (const error of form.querySelectorAll('.field-error')) error.remove();
    for (const field of form.querySelectorAll('[aria-invalid]')) {
      field.removeAttribute('aria-invalid');
      if (field.dataset.hint) field.setAttribute('aria-describedby', field.dataset.hint);
      else field.removeAttribute('aria-describedby');
    }
  }

  /** Each field's problem next to it; what belongs to no field of the form, in the alert. */
  function showRefusal(error) {
    const unplaced = [];
    const fieldErrors = error instanceof ApiProblem ? error.problem.errors || [] : [];
    for (const { field, message } of fieldErrors) {
      const bare = field && field.replace(/\[\d+\]$/, '');
      const input = field && form.elements.namedItem(fieldOf[field] || fieldOf[bare] || bare);
      if (!input || !input.id) {
        unplaced.push(`${field}: ${message}`);
        continue;
      }
      const id = `${input.id}-error`;
      if (!document.getElementById(id)) {
        (input.closest('label') || input).after(el('p', { class: 'field-error', id }, message));
      }
      if (!input.hasAttribute('aria-invalid')) input.dataset.hint = input.getAttribute('aria-describedby') || '';
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `${input.dataset.hint} ${id}`.trim());
    }
    alert.replaceChildren(fieldErrors.length && !unplaced.length
      ? 'Not recorded: see the marked fields.' : `Not recorded: ${[error.message, ...unplaced].join(' ')}`);
    alert.hidden = false;
    form.querySelector('[aria-invalid="true"]')?.focus();
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (sending) return;
    clearErrors();
    const problems = check(form);
    if (problems.length) {
      showRefusal(new ApiProblem(400, { detail: 'Nothing was sent.', errors: problems }));
      return;
    }
    sending = true;
    submit.disabled = true;
    try {
      const answer = await postJson(typeof path === 'function' ? path() : path, body(form), { 'Idempotency-Key': key });
      key = newKey();
      recorded(answer.body, answer);
    } catch (error) {
      showRefusal(error);
    } finally {
      sending = false;
      submit.disabled = false;
    }
  });
}

export function option(value, label, selected = false) {
  return el('option', { value, selected }, label);
}

/** The weight of a favor, 1 to 5, as a choice. */
export function weightSelect(id, selected = 3) {
  return el('select', { id, name: 'weight' },
    [1, 2, 3, 4, 5].map(w => option(String(w), `${w}${{ 1: ' (a little)', 5: ' (a lot)' }[w] || ''}`, w === selected)));
}

/**
 * The ledger's people as the pickers offer them: "me" first, then the others by name, archived and merged ones left
 * out. Each has a label unique in the ledger (a name shared by two people gets their organization, or their id).
 */
export class Roster {
  constructor(people) {
    this.people = people;
    this.lists = [];
    this.refresh();
  }

  refresh() {
    const others = this.people.list.filter(c => !c.me && !c.mergedInto && !c.archived && !c.forgotten)
      .sort((a, b) => a.displayName.localeCompare(b.displayName));
    const named = new Map();
    for (const c of others) named.set(c.displayName.toLowerCase(), (named.get(c.displayName.toLowerCase()) || 0) + 1);
    const me = this.people.byId.get(this.people.me);
    this.labels = new Map([[this.people.me, `${me ? me.displayName : 'Me'} (you)`]]);
    for (const c of others) {
      const shared = named.get(c.displayName.toLowerCase()) > 1;
      this.labels.set(c.contactId, shared ? `${c.displayName} (${c.organization || c.contactId})` : c.displayName);
    }
    this.byLabel = new Map([...this.labels].map(([id, label]) => [label.toLowerCase(), id]));
    for (const list of this.lists) this.fill(list);
  }

  /** The contact a typed text names: a label, or a name no one else has, or "me"/"you"; else null. */
  resolve(text) {
    const typed = text.trim().toLowerCase();
    if (typed === 'me' || typed === 'you') return this.people.me;
    return this.byLabel.get(typed) || null;
  }

  labelOf(contactId) {
    return this.labels.get(contactId) || contactId;
  }

  /** A datalist of everyone the pickers offer, kept up to date as contacts are added. */
  datalist(id) {
    const list = el('datalist', { id });
    this.lists.push(list);
    this.fill(list);
    return list;
  }

  fill(list) {
    list.replaceChildren(...[...this.labels].map(([id, label]) => el('option', { value: label },
      id === this.people.me ? 'you' : this.people.byId.get(id)?.organization || '')));
  }

  /** Records a new contact by name, once however often it is asked (one Idempotency-Key per name). */
  async add(displayName) {
    this.keys = this.keys || new Map();
    const key = this.keys.get(displayName) || newKey();
    this.keys.set(displayName, key);
    const { body } = await postJson(api('/contacts'), { displayName }, { 'Idempotency-Key': key });
    const contact = { contactId: body.contactId, displayName, me: false, archived: false, mergedInto: null };
    if (!this.people.byId.has(contact.contactId)) this.people.list.push(contact);
    this.people.byId.set(contact.contactId, contact);
    this.refresh();
    return contact.contactId;
  }
}

/**
 * A type-ahead field over the ledger's people (`list` is the roster's datalist id), with "add a new contact"
 * offered inline when what is typed names no one. `contactId()` is whom it names, or null; `problem()` what a
 * form's check says when it names no one (and it is required, or something was typed).
 */
export function personPicker(roster, { id, name, label, list, hint, required = true, value = '' }) {
  const input = el('input', { id, name, list, value, autocomplete: 'off', required,
                              'aria-describedby': `${id}-hint` });
  const said = el('span', { id: `${id}-added`, role: 'status', 'aria-live': 'polite' });
  const add = el('button', { type: 'button', class: 'secondary add-contact', id: `${id}-add`, hidden: true });
  const offer = () => {
    const typed = input.value.trim();
    add.hidden = !typed || roster.resolve(typed) !== null;
    add.textContent = `Add “${typed}” as a new contact`;
  };
  input.addEventListener('input', () => { said.textContent = ''; offer(); });
  add.addEventListener('click', async () => {
    const typed = input.value.trim();
    add.disabled = true;
    try {
      const contactId = await roster.add(typed);
      input.value = roster.labelOf(contactId);
      said.textContent = `${typed} was added to your contacts.`;
      add.hidden = true;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      input.focus();
    } catch (error) {
      said.textContent = `${typed} was not added: ${refusalWords(error)}`;
    } finally {
      add.disabled = false;
    }
  });
  const element = el('div', { class: 'picker' }, el('label', { for: id }, label, input),
    el('p', { class: 'hint', id: `${id}-hint` }, hint || 'Type a few letters of their name and pick them.', ' ', said),
    add);
  return {
    element,
    input,
    contactId: () => roster.resolve(input.value),
    problem: () => ((required || input.value.trim()) && roster.resolve(input.value) === null
      ? { field: name, message: 'pick one of your contacts, or add them as a new contact' } : null),
  };
}
