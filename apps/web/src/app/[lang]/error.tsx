'use client';

/**
 * When the gateway is unreachable: say so and offer to retry. Bilingual, since Next gives this
 * boundary no params; the words are written here rather than taken from src/i18n because a
 * client component would ship both dictionaries to every reader's browser.
 */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <>
      <h1>
        暂时无法显示 <span lang="en">/ Temporarily unavailable</span>
      </h1>
      <p>数据服务暂时不可用，请稍后刷新重试。</p>
      <p lang="en">The data service is unavailable. Please refresh in a moment.</p>
      <button type="button" className="primary" onClick={reset}>
        重试 / <span lang="en">Try again</span>
      </button>
    </>
  );
}
