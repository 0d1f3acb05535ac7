import type { Payload } from 'payload';
import { institutionOf } from './institution';
import { Seal } from './Logo';

/** The admin header's icon: the institution's logo (or seal), titled with its name. */
export const Icon = async ({ payload }: { payload: Payload }) => {
  const institution = await institutionOf(payload);
  return (
    <span className="institution-icon" title={institution.name}>
      {institution.logoUrl ? <img src={institution.logoUrl} alt="" width={18} height={18} /> : <Seal name={institution.name} size={18} />}
      <span className="institution-icon__name">{institution.name}</span>
    </span>
  );
};
