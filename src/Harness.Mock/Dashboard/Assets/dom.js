// DOM helpers. Every piece of data reaches the page as a text node or an attribute value:
// nothing here ever parses markup, so whatever a request carried is shown, never run.

/** Creates an element: h('li', { class: 'row', testid: 'device', data: { token } }, 'text', child, [more]). */
export function h(tag, props, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') el.className = value;
    else if (name === 'testid') el.dataset.testid = value;
    else if (name === 'data') for (const [k, v] of Object.entries(value)) { if (v !== undefined && v !== null) el.dataset[k] = String(v); }
    else if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name in el && typeof value !== 'string') el[name] = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

/** Appends strings (as text), nodes and nested arrays of both; skips null, undefined and false. */
export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

/** Replaces every child of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, children);
}

/** A value as one line of text: strings as they are, everything else as JSON. */
export function show(value) {
  if (typeof value === 'string') return value;
  if (value === undefined) return '';
  return JSON.stringify(value);
}

/** A JSON text pretty-printed when it parses, otherwise as it came. */
export function pretty(text) {
  if (text === null || text === undefined || text === '') return '(empty)';
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return String(text);
  }
}

/** A list from an array, or from the values of an object keyed by id; anything else is empty. */
export function listOf(value) {
  if (Array.isArray(value)) return value;
  if (value && typeof value === 'object') return Object.values(value);
  return [];
}

/** A friendly empty state: a title and a hint. */
export function empty(testid, title, hint) {
  return h('div', { class: 'empty', testid }, h('p', { class: 'empty-title' }, title), hint ? h('p', { class: 'empty-hint' }, hint) : null);
}

/** A coloured badge: kind is ok, off, warn, bad or neutral. */
export function badge(text, kind, props) {
  return h('span', { ...props, class: `badge badge-${kind}` }, text);
}

/** Key/value rows of an object, values shown as one line each. */
export function fields(object, testid, skip = []) {
  const entries = Object.entries(object ?? {}).filter(([k]) => !skip.includes(k));
  if (entries.length === 0) return null;
  return h('dl', { class: 'fields', testid },
    entries.map(([k, v]) => h('div', { class: 'field', data: { key: k } },
      h('dt', null, k),
      h('dd', { title: show(v) }, show(v)))));
}

/** "1 device", "2 devices". */
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "3 profiles", or "first 1000 of 25000 profiles" when the view was cut short. */
export function counted(shown, total, word) {
  return typeof total === 'number' && total > shown ? `first ${shown} of ${plural(total, word)}` : plural(shown, word);
}
