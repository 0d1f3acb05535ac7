import type { Payload } from 'payload';
import { institutionOf } from './institution';

/**
 * The sign-in page's logo: the institution's logo and name (from the site settings) with the
 * platform's name, instead of Payload's.
 */
export const Logo = async ({ payload }: { payload: Payload }) => {
  const institution = await institutionOf(payload);
  return (
    <div className="institution-logo">
      {institution.logoUrl ? <img src={institution.logoUrl} alt="" width={64} height={64} /> : <Seal name={institution.name} size={64} />}
      <div>
        <p className="institution-logo__name">{institution.name}</p>
        {institution.nameEn ? <p className="institution-logo__name-en">{institution.nameEn}</p> : null}
        <p className="institution-logo__product">信息公开管理平台 · Information Disclosure</p>
      </div>
    </div>
  );
};

/** Without an uploaded logo: the institution name's first character in a seal-like circle. */
export const Seal = ({ name, size }: { name: string; size: number }) => (
  <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" className="institution-seal">
    <circle cx="32" cy="32" r="30" fill="none" stroke="currentColor" strokeWidth="3" />
    <text x="32" y="42" textAnchor="middle" fontSize="28" fill="currentColor">
      {Array.from(name)[0] ?? '校'}
    </text>
  </svg>
);
