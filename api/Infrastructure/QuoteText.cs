using System.Text;

namespace Attribution.Api.Infrastructure;

/// <summary>A span of a text in Unicode code points, end exclusive (the W3C Web Annotation TextPositionSelector).</summary>
public readonly record struct Span(int Start, int End);

/// <summary>The W3C Web Annotation TextQuoteSelector of a span: the exact text with up to 32 code points either side.</summary>
public sealed record TextQuoteSelector(string Exact, string Prefix, string Suffix)
{
    public const int ContextLength = 32;

    /// <summary>The span exactly as the article prints it.</summary>
    /// <example>Warlords will play an active role in the future of Afghanistan.</example>
    public string Exact { get; init; } = Exact;
    /// <summary>Up to 32 code points before the span.</summary>
    /// <example>he said, “</example>
    public string Prefix { get; init; } = Prefix;
    /// <summary>Up to 32 code points after the span.</summary>
    /// <example>” he added.</example>
    public string Suffix { get; init; } = Suffix;
}

/// <summary>
/// Finds quotes in article text the way a reader would: curly and straight quote marks, dashes, ellipses,
/// no-break spaces and runs of white space count as the same, and offsets are Unicode code points, not UTF-16 units.
/// </summary>
public static class QuoteText
{
    /// <summary>Text after normalisation, with each normalised char's UTF-16 range in the source.</summary>
    public sealed class Normalized
    {
        internal Normalized(string text, int[] sourceStart, int[] sourceEnd)
        {
            Text = text;
            SourceStart = sourceStart;
            SourceEnd = sourceEnd;
        }

        public string Text { get; }
        internal int[] SourceStart { get; }
        internal int[] SourceEnd { get; }
    }

    public static string NormalizeText(string value) => Normalize(value).Text.Trim();

    public static Normalized Normalize(string source)
    {
        var text = new StringBuilder(source.Length);
        var starts = new List<int>(source.Length);
        var ends = new List<int>(source.Length);
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if (char.IsWhiteSpace(c))
            {
                var runStart = i;
                while (i + 1 < source.Length && char.IsWhiteSpace(source[i + 1])) i++;
                Append(' ', runStart, i + 1);
                continue;
            }
            switch (c)
            {
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF':
                    continue; // soft hyphens and zero-width characters are invisible
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u0060' or '\u00B4' or '\u2039' or '\u203A':
                    Append('\'', i, i + 1);
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    Append('"', i, i + 1);
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                    Append('-', i, i + 1);
                    break;
                case '\u2026':
                    Append('.', i, i + 1);
                    Append('.', i, i + 1);
                    Append('.', i, i + 1);
                    break;
                default:
                    Append(c, i, i + 1);
                    break;
            }
        }
        return new Normalized(text.ToString(), starts.ToArray(), ends.ToArray());

        void Append(char c, int start, int end)
        {
            text.Append(c);
            starts.Add(start);
            ends.Add(end);
        }
    }

    /// <summary>Where <paramref name="quote"/> occurs in <paramref name="body"/>, in UTF-16 units of the source, nearest to
    /// <paramref name="near"/> when it occurs more than once; null when it does not occur.</summary>
    public static Span? Find(Normalized body, string quote, int? near = null)
    {
        var needle = NormalizeText(quote);
        if (needle.Length == 0) return null;
        (int Start, int End)? best = null;
        var bestDistance = long.MaxValue;
        for (var at = body.Text.IndexOf(needle, StringComparison.Ordinal); at >= 0;
             at = body.Text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var start = body.SourceStart[at];
            var distance = near is null ? 0 : Math.Abs((long)start - near.Value);
            if (best is null || distance < bestDistance)
            {
                best = (start, body.SourceEnd[at + needle.Length - 1]);
                bestDistance = distance;
            }
            if (near is null) break;
        }
        return best is null ? null : new Span(best.Value.Start, best.Value.End);
    }

    /// <summary>Converts a span found in UTF-16 units of <paramref name="source"/> to code points.</summary>
    public static Span ToCodePoints(string source, Span utf16) =>
        new(CodePointCount(source.AsSpan(0, utf16.Start)), CodePointCount(source.AsSpan(0, utf16.End)));

    /// <summary>Converts a code-point span to UTF-16 units, or null when it lies outside the text or splits a pair.</summary>
    public static Span? ToUtf16(string source, Span codePoints)
    {
        var start = Utf16Index(source, codePoints.Start);
        var end = start is null ? null : Utf16Index(source, codePoints.End);
        return start is null || end is null || end < start ? null : new Span(start.Value, end.Value);
    }

    public static int CodePointCount(ReadOnlySpan<char> text)
    {
        var count = text.Length;
        for (var i = 0; i + 1 < text.Length; i++)
            if (char.IsHighSurrogate(text[i]) && char.IsLowSurrogate(text[i + 1])) { count--; i++; }
        return count;
    }

    private static int? Utf16Index(string source, int codePoint)
    {
        if (codePoint < 0) return null;
        var index = 0;
        for (var n = 0; n < codePoint; n++)
        {
            if (index >= source.Length) return null;
            index += char.IsHighSurrogate(source[index]) && index + 1 < source.Length && char.IsLowSurrogate(source[index + 1]) ? 2 : 1;
        }
        return index;
    }

    /// <summary>The selector of a UTF-16 span of <paramref name="body"/>.</summary>
    public static TextQuoteSelector Selector(string body, Span utf16)
    {
        var prefixStart = utf16.Start;
        for (var n = 0; n < TextQuoteSelector.ContextLength && prefixStart > 0; n++)
            prefixStart -= prefixStart >= 2 && char.IsLowSurrogate(body[prefixStart - 1]) && char.IsHighSurrogate(body[prefixStart - 2]) ? 2 : 1;
        var suffixEnd = utf16.End;
        for (var n = 0; n < TextQuoteSelector.ContextLength && suffixEnd < body.Length; n++)
            suffixEnd += char.IsHighSurrogate(body[suffixEnd]) && suffixEnd + 1 < body.Length && char.IsLowSurrogate(body[suffixEnd + 1]) ? 2 : 1;
        return new TextQuoteSelector(
            body[utf16.Start..utf16.End], body[prefixStart..utf16.Start], body[utf16.End..suffixEnd]);
    }
}
