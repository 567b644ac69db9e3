using System.Runtime.InteropServices;

namespace CampaignSim.Cli.Running;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM, the signal container runtimes and CI send to stop a process, both cancel the running
/// command the same way: nothing is written, a stored comparison stays resumable, and the exit code says which signal
/// it was (130 or 143). A second signal is left to its default action and ends the process at once.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource _source = new();
    private readonly PosixSignalRegistration[] _registrations;
    private int _exitCode = ExitCodes.Interrupted;

    /// <summary>Starts listening for the signals.</summary>
    public StopSignals()
    {
        _registrations =
        [
            Register(PosixSignal.SIGINT, ExitCodes.Interrupted),
            Register(PosixSignal.SIGTERM, ExitCodes.Terminated),
        ];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _source.Token;

    /// <summary>The exit code for the signal that stopped the command: 130 for SIGINT, 143 for SIGTERM.</summary>
    public int ExitCode => Volatile.Read(ref _exitCode);

    /// <summary>The signal's name, for the message.</summary>
    public string SignalName => ExitCode == ExitCodes.Terminated ? "SIGTERM" : "Ctrl+C";

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _source.Dispose();
    }

    private PosixSignalRegistration Register(PosixSignal signal, int exitCode) => PosixSignalRegistration.Create(signal, context =>
    {
        if (_source.IsCancellationRequested)
        {
            return;
        }

        Volatile.Write(ref _exitCode, exitCode);
        context.Cancel = true;
        _source.Cancel();
    });
}
