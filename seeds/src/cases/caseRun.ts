import {
  addWorkingDays,
  caseClock,
  checkCaseAction,
  refusalMessage,
  type ApplicationCase,
  type ApplicationSettings,
  type CaseAction,
  type CaseActionInput,
  type CaseActor,
  type ClockReading,
} from '@xxgk/domain';

/**
 * A case built the way the CMS builds it: every step is judged by the domain's checkCaseAction
 * on the day it is taken, and the case is the fold of the events it allowed (applyCaseEvent,
 * inside checkCaseAction). A step the rules refuse is a mistake in the script and throws; a step
 * dated after `today` has not happened yet, so the case stays where it is (open, paused…).
 */
export type CaseRun = {
  /** The case so far; null before its receipt. */
  readonly current: ApplicationCase | null;
  /** The day of the last step taken. */
  readonly day: string;
  /** Takes `action` on `on`; false (and nothing changes) when `on` is after today. */
  act: (action: CaseAction, on: string, actor: CaseActor, input?: CaseActionInput) => boolean;
  /** Takes `action` `workingDays` after the last step. */
  after: (workingDays: number, action: CaseAction, actor: CaseActor, input?: CaseActionInput) => boolean;
  /** The statutory clock as it reads on the last step's day (or on `on`). */
  clock: (on?: string) => ClockReading;
  /** The date `count` working days after `date`. */
  later: (date: string, count: number) => string;
};

export const startCaseRun = ({ settings, today }: { settings: ApplicationSettings; today: string }): CaseRun => {
  let current: ApplicationCase | null = null;
  let day = '';
  const later = (date: string, count: number) => addWorkingDays({ date, count, calendar: settings.calendar });
  const act: CaseRun['act'] = (action, on, actor, input = {}) => {
    if (on > today) return false;
    const verdict = checkCaseAction({ case: current, action, actor, input, settings, today: on });
    if (!verdict.isAllowed) throw new Error(`案例脚本有误 / case script refused: ${action} on ${on}: ${refusalMessage(verdict.refusal, 'zh')}`);
    current = verdict.case;
    day = on;
    return true;
  };
  return {
    get current() {
      return current;
    },
    get day() {
      return day;
    },
    act,
    after: (workingDays, action, actor, input) => act(action, later(day, workingDays), actor, input),
    clock: (on = day) => {
      if (!current) throw new Error('no case yet');
      return caseClock({ current, calendar: settings.calendar, today: on });
    },
    later,
  };
};
