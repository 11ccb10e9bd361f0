using System.Diagnostics;

namespace Attribution.Cli;

/// <summary>A one-line progress bar on stderr: done/total, rate and ETA, redrawn at most four times a second.</summary>
public sealed class Progress(TextWriter output, string unit, long? total, Func<long, string> format)
{
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private TimeSpan? lastDrawn;
    private long done;

    public void Advance(long amount)
    {
        done += amount;
        if (lastDrawn is null || clock.Elapsed - lastDrawn >= TimeSpan.FromMilliseconds(250)) Draw();
    }

    public void Finish()
    {
        Draw();
        output.WriteLine();
    }

    public string Line()
    {
        var seconds = Math.Max(clock.Elapsed.TotalSeconds, 0.001);
        var rate = done / seconds;
        var suffix = unit.Length > 0 ? " " + unit : "";
        var rateText = $"{format((long)rate)}{suffix}/s";
        if (total is not > 0) return $"{format(done)}{suffix}  {rateText}  {clock.Elapsed:hh\\:mm\\:ss}";
        var fraction = Math.Min(1, (double)done / total.Value);
        var bar = new string('#', (int)(fraction * 30)).PadRight(30, '.');
        var eta = rate > 0 ? TimeSpan.FromSeconds((total.Value - done) / rate) : TimeSpan.Zero;
        return $"[{bar}] {fraction * 100,3:F0}%  {format(done)}/{format(total.Value)}{suffix}  {rateText}  ETA {eta:hh\\:mm\\:ss}";
    }

    private void Draw()
    {
        lastDrawn = clock.Elapsed;
        output.Write("\r" + Line().PadRight(100));
    }

    public static string Bytes(long bytes) => bytes switch
    {
        >= 1 << 30 => $"{bytes / (double)(1 << 30):F1} GiB",
        >= 1 << 20 => $"{bytes / (double)(1 << 20):F1} MiB",
        >= 1 << 10 => $"{bytes / 1024.0:F1} KiB",
        _ => $"{bytes} B",
    };

    public static string Count(long n) => n.ToString("N0");
}

/// <summary>A read-only stream that reports how much has been read through it, and when it has all been read.</summary>
public sealed class ProgressStream(Stream inner, Progress progress, Action? ended = null) : Stream
{
    private bool over;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => inner.Length;
    public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Counted(inner.Read(buffer, offset, count));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken ct = default) =>
        Counted(await inner.ReadAsync(buffer, ct));

    private int Counted(int read)
    {
        progress.Advance(read);
        if (read == 0 && !over)
        {
            over = true;
            ended?.Invoke();
        }
        return read;
    }

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
