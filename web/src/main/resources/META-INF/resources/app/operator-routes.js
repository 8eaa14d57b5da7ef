// The routes of the network operator's console, its entries in the header's navigation and their
// labels.
import { route } from './router.js';

const OPERATOR = ['NETWORK_OPERATOR'];

route('/operator', './operator.js', 'members', OPERATOR);
route('/operator/member/:id', './operator-member.js', 'member', OPERATOR);
route('/operator/import', './operator-import.js', 'import', OPERATOR);
route('/operator/activities', './operator-activities.js', 'activities', OPERATOR);
route('/operator/activities/:id', './operator-activities.js', 'activity', OPERATOR);
route('/operator/system', './operator-system.js', 'system', OPERATOR);
route('/operator/system/chain/:topic/:partition', './operator-system.js', 'links', OPERATOR);

export const NAV = [
  { path: '/operator', label: 'operator.nav.members', roles: OPERATOR, testid: 'nav-operator-members' },
  { path: '/operator/activities', label: 'operator.nav.activities', roles: OPERATOR, testid: 'nav-operator-activities' },
  { path: '/operator/system', label: 'operator.nav.system', roles: OPERATOR, testid: 'nav-operator-system' },
];

export const NAV_LABELS = {
  'operator.nav.members': { ar: 'الأعضاء', fr: 'Membres' },
  'operator.nav.activities': { ar: 'أنشطة الشبكة', fr: 'Activités' },
  'operator.nav.system': { ar: 'النظام', fr: 'Système' },
  'operator.nav.import': { ar: 'استيراد', fr: 'Importer' },
};
