// The routes of the admin area, its entries in the header's navigation and their labels.
import { route } from './router.js';
import { collectivity } from './session.js';

const ADMINS = ['COLLECTIVITY_ADMIN', 'NETWORK_OPERATOR'];

route('/admin/process/:id', './admin-process.js', 'process', ADMINS);
route('/admin/process/:id/review', './admin-review.js', 'review', ADMINS);
route('/admin/process/:id/consultations', './admin-consultations.js', 'consultations', ADMINS);
route('/admin/consultation/:id', './admin-consultations.js', 'consultation', ADMINS);
route('/admin/:cid/census', './admin-census.js', 'census', ADMINS);
route('/admin/:cid/committee', './admin-committee.js', 'committee', ADMINS);
route('/admin/:cid', './admin.js', 'home', ADMINS);

export const NAV = [
  { path: () => '/admin/' + encodeURIComponent(collectivity() || ''), label: 'nav.adminConsole',
    roles: ['COLLECTIVITY_ADMIN'], testid: 'nav-admin' },
];

export const NAV_LABELS = {
  'nav.adminConsole': { ar: 'لوحة تسيير جماعتي', fr: 'Ma console' },
};
