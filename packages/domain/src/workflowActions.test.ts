import { describe, expect, it } from 'vitest';
import type { Actor } from './actor';
import type { Role } from './roles';
import { actionRequest, availableActions, type WorkflowAction } from './workflowActions';
import type { WorkflowState } from './workflow';

const actor = (role: Role): Actor => ({ id: 1, role, departmentId: 1 });
const state = (status: WorkflowState['status'], validity: WorkflowState['validity'] = 'valid'): WorkflowState => ({ status, validity });

/** The whole table: role × record state → buttons offered. */
const table: [Role, WorkflowState | null, WorkflowAction[]][] = [
  ['editor', null, ['save', 'submit']],
  ['editor', state('draft'), ['save', 'submit']],
  ['editor', state('returned'), ['save', 'submit']],
  ['editor', state('submitted'), ['recall']],
  ['editor', state('published'), []],
  ['editor', state('published', 'repealed'), []],
  ['reviewer', null, ['save', 'submit']],
  ['reviewer', state('draft'), ['save', 'submit']],
  ['reviewer', state('submitted'), ['save', 'recall', 'approve', 'return']],
  ['reviewer', state('published'), ['save', 'withdraw', 'repeal']],
  ['reviewer', state('published', 'repealed'), ['save', 'withdraw']],
  ['admin', state('submitted'), ['save', 'recall', 'approve', 'return']],
  ['admin', state('published'), ['save', 'withdraw', 'repeal']],
  ['admin', state('published', 'repealed'), ['save', 'withdraw', 'restore']],
  ['supervisor', null, []],
  ['supervisor', state('draft'), []],
  ['supervisor', state('submitted'), []],
  ['supervisor', state('published'), []],
];

describe('availableActions: the buttons each role is offered', () => {
  it.each(table)('%s on %j is offered %j', (role, recordState, expected) => {
    expect(availableActions({ actor: actor(role), state: recordState, canEdit: true })).toEqual(expected);
  });

  it('offers nothing to the public or on a record the actor may not edit', () => {
    expect(availableActions({ actor: null, state: state('draft'), canEdit: true })).toEqual([]);
    expect(availableActions({ actor: actor('admin'), state: state('draft'), canEdit: false })).toEqual([]);
  });

  it('sends the status or validity each action stands for', () => {
    expect(actionRequest('submit', state('returned'))).toEqual({ status: 'submitted' });
    expect(actionRequest('return', state('submitted'))).toEqual({ status: 'returned' });
    expect(actionRequest('withdraw', state('published'))).toEqual({ status: 'draft' });
    expect(actionRequest('repeal', state('published'))).toEqual({ validity: 'repealed' });
    expect(actionRequest('save', null)).toEqual({ status: 'draft' });
  });
});
