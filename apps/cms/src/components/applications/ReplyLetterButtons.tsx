'use client';
import { Button, toast } from '@payloadcms/ui';
import { collections, type Language } from '@xxgk/domain';
import { useRouter } from 'next/navigation.js';
import { useState } from 'react';
import { say } from './caseWording';
import { letterText } from './replyLetterWording';

type Answer = { message?: string; delivery?: string; errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] };

/**
 * The reply letter's buttons in the case view: generate it again (while the case waits for its
 * reply) and e-mail it again (after the reply), through POST
 * /api/application-cases/:id/reply-letter. The answer's message is shown as a toast; the view
 * is then refreshed from the server.
 */
export const ReplyLetterButtons = ({ caseId, canRegenerate, canResend, language }: { caseId: number | string; canRegenerate: boolean; canResend: boolean; language: Language }) => {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const run = async (what: 'generate' | 'send') => {
    setBusy(true);
    try {
      const response = await fetch(`/api/${collections.applicationCases}/${caseId}/reply-letter`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ do: what }),
      });
      const answer = (await response.json().catch(() => ({}))) as Answer;
      const message = answer.message ?? answer.errors?.[0]?.data?.errors?.[0]?.message ?? answer.errors?.[0]?.message ?? say(letterText.failed, language);
      if (response.ok && (answer.delivery === undefined || answer.delivery === 'sent')) toast.success(message);
      else toast.error(message);
      router.refresh();
    } catch {
      toast.error(say(letterText.failed, language));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="case-letters__actions">
      {canRegenerate ? (
        <>
          <Button buttonStyle="secondary" size="medium" type="button" disabled={busy} onClick={() => void run('generate')} extraButtonProps={{ 'aria-describedby': 'case-letters-regenerate-hint' }}>
            {busy ? say(letterText.working, language) : say(letterText.regenerate, language)}
          </Button>
          <p id="case-letters-regenerate-hint" className="case-letters__hint">
            {say(letterText.regenerateHint, language)}
          </p>
        </>
      ) : null}
      {canResend ? (
        <Button buttonStyle="secondary" size="medium" type="button" disabled={busy} onClick={() => void run('send')}>
          {busy ? say(letterText.working, language) : say(letterText.resend, language)}
        </Button>
      ) : null}
    </div>
  );
};
