'use client';

import { useEffect, useState } from 'react';

/**
 * 适老化 mode: larger text and high contrast, remembered on this device. Without JavaScript the
 * button stays invisible; readers then get high contrast from their system setting
 * (prefers-contrast / forced colours) and larger text from browser zoom, which the layout supports.
 */
export const displayModeScript = `try{if(localStorage.getItem('xxgk-display')==='senior')document.documentElement.dataset.display='senior'}catch(e){}`;

export const DisplayModeToggle = ({ label, activeLabel }: { label: string; activeLabel: string }) => {
  const [isSenior, setIsSenior] = useState<boolean | null>(null);
  useEffect(() => setIsSenior(document.documentElement.dataset.display === 'senior'), []);
  const toggle = () => {
    const next = !isSenior;
    if (next) document.documentElement.dataset.display = 'senior';
    else delete document.documentElement.dataset.display;
    try {
      localStorage.setItem('xxgk-display', next ? 'senior' : 'standard');
    } catch {
      // private browsing: the mode still applies to this page
    }
    setIsSenior(next);
  };
  return (
    // Rendered from the start but invisible until it works, so that it takes its place in the
    // header without shifting the page when it appears (no layout shift, CLS). Hidden by a class,
    // not a style attribute, which the Content-Security-Policy would block.
    <button type="button" className={isSenior === null ? 'display-toggle pending' : 'display-toggle'} aria-pressed={Boolean(isSenior)} onClick={toggle} aria-hidden={isSenior === null ? true : undefined} tabIndex={isSenior === null ? -1 : undefined}>
      {isSenior ? activeLabel : label}
    </button>
  );
};
