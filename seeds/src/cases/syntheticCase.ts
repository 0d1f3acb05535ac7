import {
  correctionDueOn,
  workingDaysBetween,
  type ApplicantType,
  type ApplicationChannel,
  type ApplicationSettings,
  type DecisionCode,
  type DeliveryMethod,
  type InformationForm,
} from '@xxgk/domain';
import { pickWeighted } from '../demo/titles';
import type { Random } from '../lib/random';
import { startCaseRun, type CaseRun } from './caseRun';
import type { Office } from './office';

/**
 * The life of one synthetic application, drawn at random but taken step by step through the
 * domain's rules (startCaseRun): mostly natural persons, mostly disclosed and on time; some
 * corrections (some of them lapse), consultations, extensions, withdrawals and late replies;
 * fees rare. Steps that would fall after today have not happened: recent cases stay open, some
 * paused.
 */
const applicantTypeWeights = [
  ['naturalPerson', 84], ['organisation.commercialEnterprise', 5], ['organisation.researchInstitution', 3],
  ['organisation.publicInterestOrganisation', 2], ['organisation.legalServiceInstitution', 4], ['organisation.other', 2],
] as const;
const channelWeights = [['online', 50], ['email', 20], ['letter', 20], ['inPerson', 10]] as const;
const decisionWeights = [
  ['disclosed', 55], ['partlyDisclosed', 12], ['withheld.thirdPartyRights', 3], ['withheld.internalAffairs', 2], ['withheld.processInformation', 2],
  ['withheld.stateSecret', 0.5], ['withheld.prohibitedByLaw', 0.5], ['withheld.safetyAndStability', 0.3], ['withheld.enforcementFile', 0.3],
  ['withheld.administrativeQuery', 0.4], ['unableToProvide.notHeld', 10], ['unableToProvide.needsCompiling', 3], ['notProcessed.petition', 2],
  ['notProcessed.repeated', 2], ['notProcessed.publication', 1], ['notProcessed.excessive', 0.5], ['notProcessed.confirmation', 1],
  ['other.feeUnpaid', 0.5], ['other.other', 1],
] as const;

export type SyntheticCaseShape = { applicantType: ApplicantType; channel: ApplicationChannel; form: InformationForm; delivery: DeliveryMethod; receivedOn: string };

const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
export const randomDate = (random: Random, from: string, to: string) => plusDays(from, random.int(0, Math.max(0, (Date.parse(to) - Date.parse(from)) / 86_400_000)));

export const drawCaseShape = (random: Random, { from, today }: { from: string; today: string }): SyntheticCaseShape => {
  const channel = pickWeighted(random, channelWeights) as ApplicationChannel;
  const paper = channel !== 'online' && random.chance(0.3);
  return {
    applicantType: pickWeighted(random, applicantTypeWeights) as ApplicantType,
    channel,
    form: paper ? 'paper' : 'electronic',
    delivery: paper ? (channel === 'inPerson' || random.chance(0.3) ? 'collect' : 'post') : 'email',
    receivedOn: randomDate(random, from, today),
  };
};

/** Fees are rare: a few disclosing replies charge one, sometimes waived in part or whole (in fen). */
const drawFee = (random: Random, decision: DecisionCode) => {
  if ((decision !== 'disclosed' && decision !== 'partlyDisclosed') || !random.chance(0.05)) return { charged: 0, waived: 0 };
  const amount = random.int(5, 200) * 100 + random.pick([0, 0, 50]);
  const kind = random.next();
  if (kind < 0.3) return { charged: 0, waived: amount };
  if (kind < 0.5) return { charged: amount, waived: Math.round(amount / 20) * 10 };
  return { charged: amount, waived: 0 };
};

export const runSyntheticCase = ({
  random,
  shape,
  settings,
  office,
  today,
  decisionNote,
}: {
  random: Random;
  shape: SyntheticCaseShape;
  settings: ApplicationSettings;
  office: Office;
  today: string;
  decisionNote: (decision: DecisionCode) => string;
}): CaseRun => {
  const run = startCaseRun({ settings, today });
  const { reviewer, admin } = office;
  // Online applications register themselves; letters are registered a few days after they arrive.
  if (shape.channel === 'online') run.act('receive', shape.receivedOn, 'applicant');
  else {
    const registeredOn = plusDays(shape.receivedOn, shape.channel === 'letter' ? random.int(0, 3) : random.int(0, 1));
    run.act('receive', registeredOn > today ? today : registeredOn, reviewer, { receivedOn: shape.receivedOn });
  }

  let amended = false;
  if (random.chance(0.08)) {
    if (!run.after(random.int(0, 2), 'requestCorrection', reviewer, { note: '请一次性补正：所需信息的名称、文号或时间范围。（合成数据）' })) return run;
    if (random.chance(0.4)) {
      // No answer: closed the day after the window's last day (the scheduled job's lapse).
      run.act('lapse', plusDays(correctionDueOn({ current: run.current!, calendar: settings.calendar })!, 1), 'system');
      return run;
    }
    if (!run.after(random.int(1, 10), 'amend', random.chance(0.6) ? 'applicant' : reviewer, { note: '补正后的申请内容。（合成数据）' })) return run;
    amended = true;
  } else if (!run.after(random.int(0, 2), 'accept', reviewer)) return run;

  if (random.chance(0.04)) {
    run.after(random.int(1, 6), 'withdraw', 'applicant');
    return run;
  }
  if (random.chance(0.05)) {
    if (!run.after(random.int(1, 4), 'consult', reviewer, { note: '就涉及的第三方信息征求其意见。（合成数据）' })) return run;
    if (!run.after(random.int(3, 14), 'endConsultation', reviewer)) return run;
  }
  if (random.chance(0.08)) {
    const { remaining } = run.clock();
    if (remaining >= 2 && !run.after(random.int(1, remaining - 1), 'extend', admin, { note: '所需信息涉及多个部门，需汇总核实。（合成数据）' })) return run;
  }

  // The reply: mostly by the deadline, now and then after it.
  const { dueOn } = run.clock();
  const left = Math.max(1, workingDaysBetween({ from: run.day, to: dueOn, calendar: settings.calendar }));
  const replyOn = random.chance(0.05) ? run.later(dueOn, random.int(1, 8)) : run.later(run.day, random.int(Math.min(left, 3), left));
  const decideOn = run.later(run.day, Math.max(0, workingDaysBetween({ from: run.day, to: replyOn, calendar: settings.calendar }) - random.int(0, 2)));
  const drawn = pickWeighted(random, decisionWeights) as DecisionCode;
  const decision: DecisionCode = amended && random.chance(0.3) ? 'unableToProvide.stillUnclear' : drawn;
  if (!run.act('decide', decideOn, reviewer, { decision, note: decisionNote(decision), fee: drawFee(random, decision) })) return run;
  if (!run.act('reply', replyOn < decideOn ? decideOn : replyOn, reviewer)) return run;
  if (random.chance(0.85)) run.after(random.int(0, 5), 'close', reviewer);
  return run;
};
