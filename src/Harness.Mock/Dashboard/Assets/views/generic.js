// Any other API: its view (or snapshot part) as JSON, so a new module shows up before it has a renderer.
import { h } from '../dom.js';

export function renderGeneric(api, view) {
  const { fromSnapshot, ...rest } = view;
  return h('section', { class: 'api-section', testid: `api-${api}` },
    h('header', { class: 'section-head' }, h('h2', null, api), fromSnapshot ? h('span', { class: 'chip' }, 'state snapshot') : null),
    h('pre', { class: 'json' }, JSON.stringify(rest, null, 2)));
}
