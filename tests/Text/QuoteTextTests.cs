using Attribution.Api.Articles;
using Attribution.Api.Infrastructure;

namespace Attribution.Tests.Text;

public sealed class QuoteTextTests
{
    [Theory]
    [InlineData("“It’s  here,”\u00a0he\n said…", "\"It's here,\" he said...")]
    [InlineData("a\u200Bb\u00ADc – d", "abc - d")]
    [InlineData("«Oui»", "\"Oui\"")]
    public void Normalising_folds_quote_marks_spaces_dashes_and_ellipses(string input, string expected)
    {
        Assert.Equal(expected, QuoteText.NormalizeText(input));
    }

    [Fact]
    public void A_match_maps_back_to_the_original_characters()
    {
        const string body = "He said: “It’s\u00a0\u00a0fine…” and left.";
        var found = QuoteText.Find(QuoteText.Normalize(body), "It's fine...");

        Assert.NotNull(found);
        Assert.Equal("It’s\u00a0\u00a0fine…", body[found.Value.Start..found.Value.End]);
    }

    [Fact]
    public void The_occurrence_nearest_the_hint_wins()
    {
        const string body = "yes. yes. yes.";
        Assert.Equal(10, QuoteText.Find(QuoteText.Normalize(body), "yes.", near: 9)!.Value.Start);
        Assert.Equal(0, QuoteText.Find(QuoteText.Normalize(body), "yes.")!.Value.Start);
    }

    [Fact]
    public void Code_points_and_utf16_convert_both_ways_and_reject_spans_outside_the_text()
    {
        const string body = "😀a😀b";
        Assert.Equal(new Span(1, 3), QuoteText.ToCodePoints(body, new Span(2, 5)));
        Assert.Equal(new Span(2, 5), QuoteText.ToUtf16(body, new Span(1, 3)));
        Assert.Null(QuoteText.ToUtf16(body, new Span(1, 5)));
        Assert.Equal(4, QuoteText.CodePointCount(body));
    }

    [Fact]
    public void The_selector_takes_32_code_points_of_context_without_splitting_pairs()
    {
        var body = string.Concat(Enumerable.Repeat("😀", 40)) + "QUOTE" + string.Concat(Enumerable.Repeat("🎉", 40));
        var selector = QuoteText.Selector(body, new Span(80, 85));

        Assert.Equal("QUOTE", selector.Exact);
        Assert.Equal(32, QuoteText.CodePointCount(selector.Prefix));
        Assert.Equal(64, selector.Suffix.Length);
    }
}

public sealed class CanonicalUrlTests
{
    [Theory]
    [InlineData("HTTPS://Example.COM/a/b/", "https://example.com/a/b")]
    [InlineData("https://example.com:443/a?utm_source=x&utm_medium=y", "https://example.com/a")]
    [InlineData("http://example.com:8080/a?z=1&a=2&fbclid=q#frag", "http://example.com:8080/a?a=2&z=1")]
    [InlineData("https://example.com/", "https://example.com")]
    [InlineData("https://bücher.example/x", "https://xn--bcher-kva.example/x")]
    public void Urls_are_canonicalised(string input, string expected)
    {
        Assert.True(CanonicalUrl.TryNormalize(input, out var canonical));
        Assert.Equal(expected, canonical);
    }

    [Theory]
    [InlineData("ftp://example.com/x")]
    [InlineData("example.com/x")]
    [InlineData("https://user:pw@example.com/x")]
    [InlineData("")]
    public void Non_web_urls_are_refused(string input)
    {
        Assert.False(CanonicalUrl.TryNormalize(input, out _));
    }
}
