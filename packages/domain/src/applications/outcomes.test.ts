import { describe, expect, it } from 'vitest';
import { applicantTypeLabels, applicantTypes, isOrganisation } from './caseModel';
import { decisionCodes, decisionGroupOf, decisionGroups, decisionLabels, decisionRowOf, isDecisionCode, moeOutcomeOf, moeOutcomes } from './outcomes';

describe('decisions: one row of the government table, one outcome of the Ministry', () => {
  it('has the table’s rows: 1 + 1 + 8 + 3 + 5 + 3, in order, each in its group', () => {
    expect(decisionCodes).toHaveLength(21);
    const perGroup = decisionGroups.map((group) => decisionCodes.filter((code) => decisionGroupOf(code) === group).length);
    expect(perGroup).toEqual([1, 1, 8, 3, 5, 3]);
    expect(decisionCodes.map(decisionRowOf)).toEqual([
      '三(一)', '三(二)', ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `三(三)${n}`), ...[1, 2, 3].map((n) => `三(四)${n}`),
      ...[1, 2, 3, 4, 5].map((n) => `三(五)${n}`), ...[1, 2, 3].map((n) => `三(六)${n}`),
    ]);
    for (const code of decisionCodes) expect(code === decisionGroupOf(code) || code.startsWith(`${decisionGroupOf(code)}.`)).toBe(true);
  });

  it('maps every row to one Ministry outcome, and uses every outcome', () => {
    expect(Object.fromEntries(decisionCodes.map((code) => [code, moeOutcomeOf(code)]))).toEqual({
      disclosed: 'disclosed',
      partlyDisclosed: 'partlyDisclosed',
      'withheld.stateSecret': 'withheld',
      'withheld.prohibitedByLaw': 'withheld',
      'withheld.safetyAndStability': 'withheld',
      'withheld.thirdPartyRights': 'withheld',
      'withheld.internalAffairs': 'withheld',
      'withheld.processInformation': 'withheld',
      'withheld.enforcementFile': 'withheld',
      'withheld.administrativeQuery': 'withheld',
      'unableToProvide.notHeld': 'notHeld',
      'unableToProvide.needsCompiling': 'notHeld',
      'unableToProvide.stillUnclear': 'unclear',
      'notProcessed.petition': 'other',
      'notProcessed.repeated': 'repeated',
      'notProcessed.publication': 'other',
      'notProcessed.excessive': 'repeated',
      'notProcessed.confirmation': 'other',
      'other.noCorrection': 'unclear',
      'other.feeUnpaid': 'other',
      'other.other': 'other',
    });
    expect(new Set(decisionCodes.map(moeOutcomeOf))).toEqual(new Set(moeOutcomes));
  });

  it('labels every row in Chinese and English, reading 政府信息 as the institution’s', () => {
    for (const code of decisionCodes) {
      expect(decisionLabels[code].zh).not.toBe('');
      expect(decisionLabels[code].en).not.toBe('');
      expect(decisionLabels[code].zh).not.toMatch(/政府信息|本机关|行政机关/);
    }
    expect(decisionLabels['withheld.stateSecret'].zh).toBe('属于国家秘密');
  });

  it('recognises stored codes only', () => {
    expect(isDecisionCode('notProcessed.repeated')).toBe(true);
    expect(isDecisionCode('withheld')).toBe(false);
    expect(isDecisionCode('toString')).toBe(false);
  });
});

describe('applicant types: the columns of the government table', () => {
  it('are 自然人 and the five kinds of 法人或其他组织', () => {
    expect(applicantTypes.map((type) => applicantTypeLabels[type].zh)).toEqual(['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    expect(applicantTypes.filter(isOrganisation)).toHaveLength(5);
  });
});
