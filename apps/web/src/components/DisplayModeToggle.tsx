'use client';

import { useEffect, useState } from 'react';

/**
 * 适老化 mode: larger text and high contrast, remembered on this device. Without JavaScript the
 * button is not shown; readers then get high contrast from their system setting
 * (prefers-contrast / forced colours) and larger text from browser zoom, which the layout supports.
 */
export const displayModeScript = `try{if(localStorage.getItem('xxgk-display')==='senior')document.documentElement.dataset.display='senior'}catch(e){}`;

export const DisplayModeToggle = ({ label, activeLabel }: { label: string; activeLabel: string }) => {
  const [isSenior, setIsSenior] = useState<boolean | null>(null);
  useEffect(() => setIsSenior(document.documentElement.dataset.display === 'senior'), []);
  if (isSenior === null) return null;
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
    <button type="button" className="display-toggle" aria-pressed={isSenior} onClick={toggle}>
      {isSenior ? activeLabel : label}
    </button>
  );
};
