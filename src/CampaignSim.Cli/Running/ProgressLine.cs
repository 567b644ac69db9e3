using System.Diagnostics;
using System.Globalization;

namespace CampaignSim.Cli.Running;

/// <summary>
/// A one-line progress display on stderr (runs done, rate, workers active when known, time left), redrawn four times
/// a second. Draws nothing when stderr is redirected, so logs and pipes stay clean.
/// </summary>
public sealed class ProgressLine : IDisposable
{
    private readonly TextWriter _writer;
    private readonly string _label;
    private readonly int _total;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer? _timer;
    private readonly Lock _gate = new();
    private int _done;
    private int _workers = -1;
    private int _width;
    private bool _closed;

    /// <summary>Starts the display; <paramref name="enabled"/> false makes every call a no-op.</summary>
    public ProgressLine(TextWriter writer, string label, int total, bool enabled)
    {
        _writer = writer;
        _label = label;
        _total = total;
        if (enabled && total > 0)
        {
            _timer = new Timer(_ => Draw(), null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));
        }
    }

    /// <summary>Counts one finished run; safe to call from any thread.</summary>
    public void Advance() => Interlocked.Increment(ref _done);

    /// <summary>Sets the runs done and, when known, the worker processes running them.</summary>
    public void Set(int done, int? workers)
    {
        Volatile.Write(ref _done, done);
        Volatile.Write(ref _workers, workers ?? -1);
    }

    /// <summary>Stops the display and clears its line.</summary>
    public void Dispose()
    {
        if (_timer is null)
        {
            return;
        }

        _timer.Dispose();
        lock (_gate)
        {
            if (_width > 0)
            {
                _writer.Write('\r' + new string(' ', _width) + '\r');
                _writer.Flush();
            }

            _closed = true;
        }
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_closed)
            {
                return;
            }

            var done = Volatile.Read(ref _done);
            var seconds = _clock.Elapsed.TotalSeconds;
            var rate = seconds > 0 ? done / seconds : 0;
            var left = rate > 0 ? TimeSpan.FromSeconds((_total - done) / rate) : (TimeSpan?)null;
            var workers = Volatile.Read(ref _workers);
            var pool = workers < 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{workers} worker{(workers == 1 ? "" : "s")}, ");
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{_label}: {done}/{_total} runs, {rate:F0} runs/s, {pool}{(left is { } l ? Duration(l) + " left" : "estimating")}");
            var pad = Math.Max(0, _width - text.Length);
            _writer.Write('\r' + text + new string(' ', pad));
            _writer.Flush();
            _width = text.Length;
        }
    }

    private static string Duration(TimeSpan t) =>
        t.TotalHours >= 1 ? $"{(int)t.TotalHours}h {t.Minutes:D2}m"
        : t.TotalMinutes >= 1 ? $"{(int)t.TotalMinutes}m {t.Seconds:D2}s"
        : $"{Math.Ceiling(t.TotalSeconds):F0}s";
}
