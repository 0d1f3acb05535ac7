import { maySupervise, toLanguage } from '@xxgk/domain';
import type { ServerProps } from 'payload';
import { actorOf } from '../../lib/user';
import { supervisionLabel } from '../../supervision/labels';

/** "监督检查" after the collections in the admin's navigation, for those who may supervise. */
export const SupervisionNavLink = ({ user, i18n, payload }: ServerProps) => {
  if (!maySupervise(actorOf(user as Parameters<typeof actorOf>[0]))) return null;
  return (
    <a className="nav__link" href={`${payload.config.routes.admin}/supervision`} id="nav-supervision">
      <span className="nav__link-label">{supervisionLabel(toLanguage(i18n.language), 'navLink')}</span>
    </a>
  );
};
