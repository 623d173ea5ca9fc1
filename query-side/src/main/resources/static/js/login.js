import { csrfToken, el } from './ledger.js';

// The sign-in form, sent by a script so that a refusal is said on the page; back to the page that asked for it.

const form = document.getElementById('sign-in');
const problem = document.getElementById('problem');
const submit = document.getElementById('submit');

/** Where to go once signed in: the page that sent the reader here if it is one of ours, else the start page. */
function next() {
  const wanted = new URLSearchParams(location.search).get('next') || '';
  const ours = wanted.startsWith('/') && !wanted.startsWith('//') && !wanted.startsWith('/\\')
    && !wanted.startsWith('/login.html');
  return ours ? wanted : '/';
}

function say(...words) {
  problem.replaceChildren(el('p', { class: 'problem', role: 'alert' }, ...words));
}

function minutes(seconds) {
  const value = Math.max(1, Math.ceil(Number(seconds) / 60));
  return `${value} minute${value === 1 ? '' : 's'}`;
}

async function refused(response) {
  const body = await response.json().catch(() => ({}));
  if (response.status === 401) {
    say(body.detail || 'The username or the password is wrong.', ' Check both and try again.');
  } else if (response.status === 429) {
    const wait = response.headers.get('Retry-After');
    say(body.detail || 'Too many failed sign-ins for this username.',
        wait ? ` Signing in as this user is possible again in ${minutes(wait)}.` : '');
  } else {
    say(`Could not sign in: ${body.detail || `the server answered ${response.status}`}.`);
  }
}

form.addEventListener('submit', async event => {
  event.preventDefault();
  const username = form.elements.username.value.trim();
  const password = form.elements.password.value;
  if (!username || !password) {
    say('Enter your username and your password.');
    (username ? form.elements.password : form.elements.username).focus();
    return;
  }
  submit.disabled = true;
  problem.replaceChildren();
  try {
    const response = await fetch('/login', {
      method: 'POST',
      headers: { Accept: 'application/json', 'X-Requested-With': 'fetch', 'X-XSRF-TOKEN': csrfToken() },
      body: new URLSearchParams({ username, password }),
    });
    if (response.ok) {
      location.assign(next());
      return;
    }
    await refused(response);
    form.elements.password.select();
    form.elements.password.focus();
  } catch (error) {
    say(`Could not reach the server: ${error.message}`);
  } finally {
    submit.disabled = false;
  }
});
