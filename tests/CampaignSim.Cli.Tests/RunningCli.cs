using System.Diagnostics;
using System.Text;

namespace CampaignSim.Cli.Tests;

/// <summary>A campaignsim process left running (a worker, a waiting coordinator), its output collected as it comes.</summary>
public sealed class RunningCli : IDisposable
{
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Lock _gate = new();

    /// <summary>Starts <c>campaignsim args…</c> in <paramref name="workingDirectory"/>.</summary>
    public RunningCli(string workingDirectory, params string[] args)
    {
        Process = Cli.Start(workingDirectory, args);
        Process.OutputDataReceived += (_, e) => Append(_stdout, e.Data);
        Process.ErrorDataReceived += (_, e) => Append(_stderr, e.Data);
        Process.BeginOutputReadLine();
        Process.BeginErrorReadLine();
    }

    /// <summary>The process.</summary>
    public Process Process { get; }

    /// <summary>What it printed on stdout so far.</summary>
    public string Stdout
    {
        get
        {
            lock (_gate)
            {
                return _stdout.ToString();
            }
        }
    }

    /// <summary>What it printed on stderr so far.</summary>
    public string Stderr
    {
        get
        {
            lock (_gate)
            {
                return _stderr.ToString();
            }
        }
    }

    /// <summary>Waits until stderr holds <paramref name="text"/>; false if it does not within <paramref name="timeout"/>.</summary>
    public bool WaitForStderr(string text, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (Stderr.Contains(text, StringComparison.Ordinal))
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }

    /// <summary>Waits for the process to end; its exit code, or throws after <paramref name="timeout"/>.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        if (!Process.WaitForExit(timeout))
        {
            throw new TimeoutException($"campaignsim did not end within {timeout.TotalSeconds:0} s.\nstdout:\n{Stdout}\nstderr:\n{Stderr}");
        }

        Process.WaitForExit();
        return Process.ExitCode;
    }

    /// <summary>Stops it with SIGTERM and waits; its exit code.</summary>
    public int Stop()
    {
        if (!Process.HasExited)
        {
            Cli.Signal(Process, "TERM");
        }

        return WaitForExit(TimeSpan.FromSeconds(30));
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }

    /// <inheritdoc />
    public override string ToString() => $"exit {(Process.HasExited ? Process.ExitCode : "(running)")}\nstdout:\n{Stdout}\nstderr:\n{Stderr}";

    private void Append(StringBuilder to, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_gate)
        {
            to.AppendLine(line);
        }
    }
}
