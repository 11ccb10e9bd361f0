using Attribution.Api.Infrastructure;

namespace Attribution.Api.Quotes;

/// <summary>Where a quote sits in its article body: a code-point span and the W3C selector around it.</summary>
public sealed record QuoteAnchor(Span? Span, TextQuoteSelector? Selector)
{
    public static readonly QuoteAnchor None = new(null, null);

    public sealed record Result(QuoteAnchor? Anchor, string? Field, string? Error);

    /// <summary>
    /// Anchors a quote in the article body. Direct and partial quotes must occur in it (after normalising quote marks,
    /// dashes and white space): given offsets must cover the quote, missing ones are filled in with the occurrence
    /// nearest <paramref name="near"/>. An indirect quote is reported speech: given offsets only need to lie in the
    /// body, and missing ones are filled in when its words do occur. Without a body, offsets are kept as given.
    /// </summary>
    public static Result Locate(string? body, string text, QuoteKind kind, Span? given, int? near = null)
    {
        if (body is null) return new(new QuoteAnchor(given, null), null, null);

        var verbatim = kind != QuoteKind.Indirect;
        if (given is { } span)
        {
            if (QuoteText.ToUtf16(body, span) is not { } utf16)
                return new(null, "end", $"The span [{span.Start}, {span.End}) lies outside the article body, which has {QuoteText.CodePointCount(body)} code points.");
            if (verbatim && QuoteText.NormalizeText(body[utf16.Start..utf16.End]) != QuoteText.NormalizeText(text))
                return new(null, "start", $"The article has \"{Shorten(body[utf16.Start..utf16.End])}\" at [{span.Start}, {span.End}), not the quote's text.");
            return new(new QuoteAnchor(span, QuoteText.Selector(body, utf16)), null, null);
        }

        var normalized = QuoteText.Normalize(body);
        var nearUtf16 = near is { } n ? QuoteText.ToUtf16(body, new Span(n, n))?.Start : null;
        if (QuoteText.Find(normalized, text, nearUtf16) is { } found)
            return new(new QuoteAnchor(QuoteText.ToCodePoints(body, found), QuoteText.Selector(body, found)), null, null);
        return verbatim
            ? new(null, "text", "The quote does not occur in the article body (compared ignoring quote-mark style, dashes and white space).")
            : new(None, null, null);
    }

    private static string Shorten(string value) => value.Length <= 80 ? value : value[..77] + "...";
}
