using System.Buffers;
using System.IO.Pipelines;

namespace Attribution.Api.Imports;

/// <summary>Reads newline-delimited lines from a request body without ever holding more than one line (of at most
/// <c>maxBytes</c>) in memory: a longer line is reported as too long and skipped as it streams past.</summary>
public static class NdjsonLines
{
    /// <summary>Calls <paramref name="line"/> with each line's number (from 1) and bytes, or null bytes for a line over
    /// <paramref name="maxBytes"/>. The bytes are valid only during the call.</summary>
    public static async Task ReadAsync(PipeReader reader, int maxBytes, Action<long, ReadOnlySequence<byte>?> line, CancellationToken ct)
    {
        long number = 0;
        var skipping = false;
        while (true)
        {
            var result = await reader.ReadAsync(ct);
            var buffer = result.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                var content = buffer.Slice(0, end);
                line(++number, skipping || content.Length > maxBytes ? null : content);
                skipping = false;
                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }
            if (!skipping && buffer.Length > maxBytes) skipping = true;
            if (result.IsCompleted)
            {
                if (skipping || buffer.Length > 0) line(++number, skipping ? null : buffer);
                await reader.CompleteAsync();
                return;
            }
            // A line being skipped is dropped as it comes; an unfinished one stays buffered until its end arrives.
            if (skipping) reader.AdvanceTo(buffer.End);
            else reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    public static bool IsBlank(ReadOnlySequence<byte> line)
    {
        foreach (var segment in line)
            foreach (var b in segment.Span)
                if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r')) return false;
        return true;
    }
}
