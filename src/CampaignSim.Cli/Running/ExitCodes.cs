namespace CampaignSim.Cli.Running;

/// <summary>Process exit codes (docs/cli.md lists them).</summary>
public static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Ok = 0;

    /// <summary>A bug or an environment failure (disk full, …); the message asks for a report.</summary>
    public const int InternalError = 1;

    /// <summary>
    /// Bad input or usage: a bad option, scenario, model id, or a verb not available in this build; an --out folder that
    /// cannot be written or holds files campaignsim did not write; a database that cannot be reached.
    /// </summary>
    public const int Usage = 2;

    /// <summary><c>verify</c> found that the regenerated files differ from the recorded ones.</summary>
    public const int Mismatch = 3;

    /// <summary>Interrupted with Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped with SIGTERM (128 + 15), as container runtimes and CI stop a process.</summary>
    public const int Terminated = 143;
}
