// Profiles of an email/userId project and the devices on each (GET /__harness/iterable/view).
import { h, badge, counted, empty, fields, listOf, plural, show } from '../dom.js';

const SYSTEM_FIELDS = ['email', 'userId', 'devices', 'signupDate', 'signupSource', 'profileUpdatedAt', 'itblInternal'];

export function renderIterable(view) {
  const profiles = listOf(view.users ?? view.profiles).map(normalise);
  return h('section', { class: 'api-section', testid: 'api-iterable' },
    h('header', { class: 'section-head' },
      h('h2', null, 'Iterable'),
      view.projectType ? h('span', { class: 'chip', testid: 'project-type', title: 'project type' }, `${view.projectType}-based project`) : null,
      view.projectId != null ? h('span', { class: 'chip', testid: 'project-id', title: 'projectId (named in type-mismatch errors)' }, `project ${view.projectId}`) : null,
      view.dropUnrecognizedFields ? h('span', { class: 'chip', testid: 'drop-unrecognized', title: 'dropUnrecognizedFields' }, 'drops new fields') : null,
      h('span', { class: 'count', testid: 'profile-count' }, counted(profiles.length, view.total, 'profile'))),
    fieldTypes(view.fieldTypes ?? {}, new Set(listOf(view.presetFields))),
    profiles.length === 0
      ? empty('profiles-empty', 'No profiles yet — register a device or update a user.',
        'POST /api/users/registerDeviceToken or /api/users/update with this tenant\'s Api-Key.')
      : h('div', { class: 'cards' }, profiles.map(profileCard)));
}

/** The project's field types: why a write was refused with RequestFieldsTypesMismatched. */
function fieldTypes(types, presets) {
  const entries = Object.entries(types);
  const learned = entries.filter(([path]) => !presets.has(path));
  return h('details', { class: 'field-types', testid: 'field-types', open: learned.length > 0 },
    h('summary', null, `Field types · ${plural(learned.length, 'field')} learned`),
    h('p', { class: 'muted small' }, 'The first accepted value of a field fixes its type; a later value of another type is refused (400 RequestFieldsTypesMismatched).'),
    h('ul', { class: 'type-list' }, entries.map(([path, type]) => h('li', {
      class: presets.has(path) ? 'field-type preset' : 'field-type',
      testid: 'field-type',
      data: { path, type, preset: presets.has(path) },
    }, h('code', null, path), ' ', h('span', { class: 'chip' }, type), presets.has(path) ? h('span', { class: 'muted small' }, ' system') : null))));
}

/** A profile from the view, or from a snapshot where devices and identifiers may sit inside dataFields. */
function normalise(p) {
  const dataFields = p.dataFields ?? {};
  return {
    email: p.email ?? dataFields.email ?? null,
    userId: p.userId ?? dataFields.userId ?? null,
    dataFields,
    devices: listOf(p.devices ?? dataFields.devices),
  };
}

function profileCard(p) {
  const custom = Object.fromEntries(Object.entries(p.dataFields).filter(([k]) => !SYSTEM_FIELDS.includes(k)));
  const system = SYSTEM_FIELDS.slice(3).filter((k) => p.dataFields[k] !== undefined);
  return h('article', { class: 'card', testid: 'profile', data: { email: p.email, userId: p.userId } },
    h('header', { class: 'card-head' },
      h('h3', { class: 'card-title', testid: 'profile-email' }, p.email ?? '(no email)'),
      p.userId ? h('span', { class: 'ident', testid: 'profile-user-id', title: 'userId' }, h('span', { class: 'muted' }, 'userId '), p.userId) : null),
    fields(custom, 'data-fields') ?? h('p', { class: 'muted small' }, 'No dataFields.'),
    system.length ? h('p', { class: 'meta' }, system.map((k) => h('span', null, h('span', { class: 'muted' }, `${k} `), show(p.dataFields[k])))) : null,
    devices(p.devices));
}

function devices(list) {
  return h('div', { class: 'devices' },
    h('h4', null, plural(list.length, 'device')),
    list.length === 0
      ? h('p', { class: 'muted small', testid: 'devices-empty' }, 'No devices registered on this profile.')
      : h('ul', { class: 'device-list' }, list.map(device)));
}

function device(d) {
  const enabled = d.endpointEnabled !== false;
  const extra = Object.fromEntries(Object.entries(d).filter(([k]) => !['token', 'platform', 'applicationName', 'endpointEnabled'].includes(k)));
  return h('li', { class: 'device', testid: 'device', data: { token: d.token } },
    h('div', { class: 'device-line' },
      h('span', { class: 'platform' }, d.platform ?? '?'),
      h('code', { class: 'token', testid: 'device-token', title: d.token ?? '' }, d.token ?? '(no token)'),
      d.applicationName ? h('span', { class: 'app' }, d.applicationName) : null,
      badge(enabled ? 'enabled' : 'disabled', enabled ? 'ok' : 'off',
        { testid: 'endpoint-enabled', title: `endpointEnabled: ${enabled}`, data: { enabled } })),
    fields(extra, 'device-fields'));
}
export { renderIterable as render };
