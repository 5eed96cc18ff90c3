/** Shown only when JavaScript is off, where Run, Check and the sliders cannot work. */
export function NoScriptNotice() {
  return (
    <noscript>
      <p className="noscript-notice" role="note">
        The interactive parts of this page (running code, checking answers, sliders and figures) need JavaScript. Turn it on to use them;
        the text, math and code read the same without it.
      </p>
    </noscript>
  );
}
