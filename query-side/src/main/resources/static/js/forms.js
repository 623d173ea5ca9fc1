import { ApiProblem, el, postJson } from './ledger.js';

// What every recording form does: it records exactly once, says what went wrong next to the field it is about,
// and never loses what was typed.

/** A new Idempotency-Key: 128 random bits in hex (crypto.getRandomValues works on plain HTTP too). */
function newKey() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map(b => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Makes a form record through the API. `body(form)` gives the JSON to send, `path` the endpoint, and `recorded`
 * what to do with the answer; `fieldOf` names the form's field for an API field of another name, and `check(form)`
 * may find problems before anything is sent (as `[{field, message}]`, said the same way). The form's
 * Idempotency-Key is made when the form opens and kept until the thing is recorded, so a double click, a retry
 * after a network error or a second try after a refusal records one thing.
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
      const input = field && form.elements.namedItem(fieldOf[field] || field.replace(/\[\d+\]$/, ''));
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
      const answer = await postJson(path, body(form), { 'Idempotency-Key': key });
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
