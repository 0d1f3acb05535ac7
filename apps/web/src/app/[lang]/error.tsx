'use client';

import { messages } from '../../i18n';

/** When the gateway is unreachable: say so and offer to retry (bilingual: Next gives this boundary no params). */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const zh = messages('zh').error;
  const en = messages('en').error;
  return (
    <>
      <h1>
        {zh.title} <span lang="en">/ {en.title}</span>
      </h1>
      <p>{zh.body}</p>
      <p lang="en">{en.body}</p>
      <button type="button" className="primary" onClick={reset}>
        {zh.retry} / <span lang="en">{en.retry}</span>
      </button>
    </>
  );
}
