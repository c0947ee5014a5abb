namespace QuickpassPsa.Core.Psa.Http
{
    /// <summary>
    /// The one seam through which the engine talks to whoever runs it (PSScriptAnalyzer's IOutputWriter is
    /// the model): the cmdlets implement it and turn each call into a verbose, debug or progress record on
    /// the pipeline thread; tests implement it to capture lines. Every text is already redacted.
    /// </summary>
    internal interface IPsaOutput
    {
        /// <summary>What the engine did and why (retries, waits, pages, discoveries).</summary>
        void Verbose(string message);

        /// <summary>Each request as sent, with its headers masked.</summary>
        void Debug(string message);

        /// <summary>A long step the user should see while it lasts (a retry wait, paging); <paramref name="percent"/> is -1 when unknown.</summary>
        void Progress(string activity, string status, int percent);

        /// <summary>The step named by <paramref name="activity"/> is over: its progress bar goes away.</summary>
        void ProgressCompleted(string activity);

        /// <summary>
        /// The PSA's rate or thread limit makes the work wait (HTTP 429, Autotask's thread limit): a warning the user sees
        /// without -Verbose, once per command (the cmdlets keep the first; every wait is in verbose and progress too).
        /// </summary>
        void Throttled(string message);
    }
}
