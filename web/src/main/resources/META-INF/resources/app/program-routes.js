// The routes of the program console (a collectivity admin's action program), its entries in the
// header's navigation and their labels.
import { route } from './router.js';
import { collectivity } from './session.js';

const ROLES = ['COLLECTIVITY_ADMIN', 'NETWORK_OPERATOR'];

route('/admin/programs/:cid', './program-admin.js', 'programs', ROLES);
route('/admin/program/:id', './program-admin.js', 'program', ROLES);

export const NAV = [
  { path: () => '/admin/programs/' + encodeURIComponent(collectivity() || ''), label: 'pc.nav',
    roles: ['COLLECTIVITY_ADMIN'], testid: 'nav-programs' },
];

export const NAV_LABELS = {
  'pc.nav': { ar: 'البرامج', fr: 'Programmes' },
};
