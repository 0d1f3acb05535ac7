import { refused, submitApplication, submitFeedback, type Refused, type SubmittedFile } from '@xxgk/cms/applications';
import type { Language } from '@xxgk/domain';
import { builder } from '../builder';
import type { Context } from '../context';
import { refusedInput, type RefusalReason } from '../errors';
import { languageOf } from '../intake/language';
import type { SubmissionPurpose } from '../intake/proofOfWork';
import { ApplicationInputType, FeedbackInputType, LanguageEnum } from './intakeTypes';

/**
 * The public intake: a proof-of-work challenge, and the two submissions (依申请公开 applications;
 * 评议、举报、纠错). Filing itself — validation, idempotency, the writes — is the CMS's
 * (@xxgk/cms/applications); the gateway adds what protects it on the open internet: the rate
 * limit, the proof of work and answers that are never cached (intake/).
 */
type ApplicationReceipt = { receiptCode: string; queryCode: string; receivedOn: string; dueOn: string | null; attachments: string[]; replayed: boolean };
type FeedbackReceipt = { receiptCode: string; queryCode: string; receivedOn: string; replayed: boolean };
type IssuedChallenge = { algorithm: string; challenge: string; maxnumber: number; salt: string; signature: string; expiresAt: Date };

const SubmissionPurposeEnum = builder.enumType('SubmissionPurpose', {
  description: '挑战的用途：一个挑战只能用于一种提交。/ What a challenge may be spent on: one kind of submission.',
  values: {
    APPLICATION: { value: 'application', description: '依申请公开申请（submitApplication）/ An application (submitApplication)' },
    FEEDBACK: { value: 'feedback', description: '评议、举报、纠错（submitFeedback）/ Appraisal, complaint or correction (submitFeedback)' },
  } as Record<string, { value: SubmissionPurpose; description: string }>,
});

const ChallengeType = builder.objectRef<IssuedChallenge>('SubmissionChallenge').implement({
  description:
    'ALTCHA 工作量证明挑战：找出 number（0 ≤ number ≤ maxnumber），使 SHA-256(salt + number) 的十六进制等于 challenge；提交时以 base64(JSON {algorithm, challenge, number, salt, signature}) 作为 proof。/ An ALTCHA proof-of-work challenge: find number (0 ≤ number ≤ maxnumber) such that the hex SHA-256 of salt + number equals challenge; submit base64(JSON {algorithm, challenge, number, salt, signature}) as proof.',
  fields: (t) => ({
    algorithm: t.exposeString('algorithm', { description: '哈希算法（SHA-256）。/ Hash algorithm (SHA-256).' }),
    challenge: t.exposeString('challenge', { description: '目标哈希（十六进制）。/ The hash to reach (hex).' }),
    maxnumber: t.exposeInt('maxnumber', { description: 'number 的上限。/ Largest possible number.' }),
    salt: t.exposeString('salt', { description: '盐（含用途与过期时间，勿修改）。/ Salt (carries the purpose and expiry; do not alter).' }),
    signature: t.exposeString('signature', { description: '服务器签名。/ The server’s signature.' }),
    expiresAt: t.field({ type: 'DateTime', description: '过期时间（签发后 10 分钟）。/ When it expires (10 minutes after issue).', resolve: (c) => c.expiresAt }),
  }),
});

const receiptFields = {
  receiptCode: '回执编号，用于查询。/ Receipt code, for lookups.',
  queryCode: '查询码：仅此一次显示，请妥善保存；与回执编号一起查询办理状态。/ Query code: shown this once, keep it; with the receipt code it looks up the status.',
  replayed: '是否为同一 submissionKey 的重复提交（答复为首次提交的回执，不会重复立案）。/ Whether this submissionKey had been submitted before (the answer is the first submission’s receipt; nothing is filed twice).',
};

const ApplicationReceiptType = builder.objectRef<ApplicationReceipt>('ApplicationReceipt').implement({
  description: '申请已收到：回执编号与查询码。/ The application was received: receipt code and query code.',
  fields: (t) => ({
    receiptCode: t.exposeString('receiptCode', { description: receiptFields.receiptCode }),
    queryCode: t.exposeString('queryCode', { description: receiptFields.queryCode }),
    receivedOn: t.field({ type: 'Date', description: '收到申请日期（北京时间）。/ Date received (Beijing time).', resolve: (r) => r.receivedOn }),
    dueOn: t.field({ type: 'Date', nullable: true, description: '答复期限（工作日计算）。/ Reply due (counted in working days).', resolve: (r) => r.dueOn }),
    attachments: t.exposeStringList('attachments', { description: '随申请提交并已保存的附件文件名。/ The names of the files attached and stored with the application.' }),
    replayed: t.exposeBoolean('replayed', { description: receiptFields.replayed }),
  }),
});

const FeedbackReceiptType = builder.objectRef<FeedbackReceipt>('FeedbackReceipt').implement({
  description: '评议、举报或纠错已收到：回执编号与查询码。/ The appraisal, complaint or correction request was received.',
  fields: (t) => ({
    receiptCode: t.exposeString('receiptCode', { description: receiptFields.receiptCode }),
    queryCode: t.exposeString('queryCode', { description: receiptFields.queryCode }),
    receivedOn: t.field({ type: 'Date', description: '收到日期（北京时间）。/ Date received (Beijing time).', resolve: (r) => r.receivedOn }),
    replayed: t.exposeBoolean('replayed', { description: receiptFields.replayed }),
  }),
});

const proofReasons: Record<string, RefusalReason> = {
  submissionProofMissing: 'PROOF_MISSING',
  submissionProofInvalid: 'PROOF_INVALID',
  submissionProofExpired: 'PROOF_EXPIRED',
};

/** Rate limit, then the proof of work; answers the challenge's signature, which the submission spends. */
const admit = async (ctx: Context, proof: string, purpose: SubmissionPurpose, language: Language): Promise<string> => {
  await ctx.intake.limit(language);
  const verdict = await ctx.intake.proofOfWork.verify(proof, purpose);
  if (!verdict.ok) throw refusedInput(refused([verdict.refusal], language), proofReasons[verdict.refusal.key] ?? 'PROOF_INVALID');
  return verdict.signature;
};

/** The files of a multipart request, read into memory (the request's size was limited before it was parsed: plugins/limits.ts). */
const readFiles = async (files: readonly File[] | null | undefined): Promise<SubmittedFile[]> =>
  Promise.all((files ?? []).map(async (file) => ({ name: file.name, type: file.type, size: file.size, data: Buffer.from(await file.arrayBuffer()) })));

const refusal = (outcome: Refused) => refusedInput(outcome, outcome.reason === 'proofSpent' ? 'PROOF_SPENT' : 'INVALID_INPUT');

const submissionArgs = {
  submissionKey: '提交标识：每份表单随机生成一次（如 crypto.randomUUID()），重发时不变；与查询码同样保密。/ Submission key: made once per form at random (e.g. crypto.randomUUID()), the same when resent; keep it as secret as the query code.',
  proof: 'submissionChallenge 的解（ALTCHA 载荷，base64）。/ The solution of a submissionChallenge (ALTCHA payload, base64).',
  language: '错误信息的语言；缺省时按 Accept-Language，再缺省为中文。/ Language of messages; by default Accept-Language, else Chinese.',
};

builder.queryField('submissionChallenge', (t) =>
  t.field({
    type: ChallengeType,
    description: '领取一个工作量证明挑战（每次提交前领取，10 分钟内有效，只能用一次）。/ A proof-of-work challenge (fetch one per submission; valid 10 minutes, spent once).',
    args: { purpose: t.arg({ type: SubmissionPurposeEnum, required: true, description: '用于哪种提交。/ Which submission it is for.' }) },
    resolve: (_, args, ctx) => ctx.intake.proofOfWork.challenge(args.purpose),
  }),
);

builder.mutationFields((t) => ({
  submitApplication: t.field({
    type: ApplicationReceiptType,
    description:
      '提交信息公开申请（网上申请），可附文件（multipart 请求）。同一 submissionKey 重复提交只立案一次并返回相同回执；内容或附件有误时返回 BAD_USER_INPUT 及逐项 fieldErrors，且不保存任何内容。/ Files an application for information online, with files if any (a multipart request). The same submissionKey files once and answers the same receipt; invalid input or files answer BAD_USER_INPUT with fieldErrors and store nothing.',
    args: {
      input: t.arg({ type: ApplicationInputType, required: true, description: '申请表。/ The application form.' }),
      submissionKey: t.arg.string({ required: true, description: submissionArgs.submissionKey }),
      proof: t.arg.string({ required: true, description: submissionArgs.proof }),
      language: t.arg({ type: LanguageEnum, required: false, description: submissionArgs.language }),
      attachments: t.arg({
        type: ['File'],
        required: false,
        description:
          '附件（选填）：最多 5 个，每个不超过上传上限（UPLOAD_MAX_MB，默认 20 MB），合计不超过 20 MB；PDF、Word、Excel、图片，按内容核验类型。/ Files (optional): at most 5, each within the upload limit (UPLOAD_MAX_MB, 20 MB by default), 20 MB together; PDF, Word, Excel or images, their type checked by content.',
      }),
    },
    resolve: async (_, args, ctx) => {
      const language = languageOf(ctx.request, args.language);
      const challenge = await admit(ctx, args.proof, 'application', language);
      const attachments = await readFiles(args.attachments);
      const outcome = await submitApplication({ payload: ctx.payload, input: { ...args.input }, submissionKey: args.submissionKey, challenge, language, attachments });
      if (!outcome.ok) throw refusal(outcome);
      return { ...outcome.receipt, replayed: outcome.replayed };
    },
  }),
  submitFeedback: t.field({
    type: FeedbackReceiptType,
    description:
      '提交评议、举报或纠错。纠错须指明本网站上的公开信息。幂等与校验同 submitApplication。/ Files an appraisal, complaint or correction request (a correction names a public record of this site); idempotency and checks as submitApplication.',
    args: {
      input: t.arg({ type: FeedbackInputType, required: true, description: '评议、举报或纠错表。/ The form.' }),
      submissionKey: t.arg.string({ required: true, description: submissionArgs.submissionKey }),
      proof: t.arg.string({ required: true, description: submissionArgs.proof }),
      language: t.arg({ type: LanguageEnum, required: false, description: submissionArgs.language }),
    },
    resolve: async (_, args, ctx) => {
      const language = languageOf(ctx.request, args.language);
      const challenge = await admit(ctx, args.proof, 'feedback', language);
      const outcome = await submitFeedback({ payload: ctx.payload, input: { ...args.input }, submissionKey: args.submissionKey, challenge, language, siteUrl: ctx.intake.siteUrl });
      if (!outcome.ok) throw refusal(outcome);
      return { ...outcome.receipt, replayed: outcome.replayed };
    },
  }),
}));
