using System.Text;
using Attribution.Api.Extraction;

namespace Attribution.Tests.Extraction;

/// <summary>
/// Texts put together at random from the pieces news is made of (names, titles, abbreviations and initials, verbs of
/// saying, quotation marks of every kind, commas, brackets, colons, dashes, line breaks, text in four languages), run
/// through the extractor: it must never throw, and every quote it returns must be the text between its code-point
/// offsets. Deterministic for a seed; the seed is in the failure message.
/// </summary>
public sealed class ExtractorFuzzTests
{
    private static readonly string[] Pieces =
    [
        "Jane", "Roe", "Tom", "Hale", "M.", "Dr.", "Rep.", "Ms.", "Sen.", "Jr.", "U.S.", "Inc.", "(GNO, Inc.)", "(D-LA)", "the", "a",
        "minister", "spokeswoman", "officials", "police", "he", "she", "they", "it", "said", "says", "told", "added", "wrote",
        "according to", "announced", "that", "and", "but", "of", "for", "on Monday", "in 2020", "was", "will", "is",
        "\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u00AB", "\u00BB", "\u201E", ",", ", ,", ".", ":", ";", "?", "!",
        "[...]", "[\u2026]", "(", ")", "\u2014", "\u2013", "-", "\n", "\n\n", "\u00A0", "Q:", "A:", "\u2022", "#", "a d\u00E9clar\u00E9", "sagte", "dass",
        "se\u00F1al\u00F3", "que", "qu'", "\uD83D\uDE00", "500", "$3,677,990", "WHAT THEY ARE SAYING", "Roe's", "Hale\u2019s",
        "issued the following statement", "issued a statement", "Their statement", "who", "Added", "saying", "by", "shouting", "after",
        "according to a statement from", "Wasef", "Wasif", "24,", "Ohio", "The Caucus", "editor", "and Prime Minister",
        "with officials saying", "with", "claiming", ", and", ", but", ", such as", "stated", "Remarked", "to the effect", "from the king",
        "Ambassador to Germany", "John Tory", "the party", "Thailand's", "some local press", "have said", "talked of", "pointed out",
    ];

    [Fact]
    public void Random_news_shaped_text_never_throws_and_every_quote_is_its_span()
    {
        var extractor = new QuoteExtractor();
        for (var seed = 0; seed < 3000; seed++)
        {
            var random = new Random(seed);
            var text = new StringBuilder();
            for (var n = random.Next(1, 80); n > 0; n--)
                text.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(4) == 0 ? "" : " ");
            var input = text.ToString();
            IReadOnlyList<ExtractedQuote> quotes;
            try { quotes = extractor.Extract(input); }
            catch (Exception e) { throw new Xunit.Sdk.XunitException($"seed {seed} threw {e.GetType().Name} on: {input}\n{e}"); }
            var codePoints = input.EnumerateRunes().Select(r => r.ToString()).ToArray(); // offsets are code points, not UTF-16 units
            foreach (var quote in quotes)
            {
                Assert.True(0 <= quote.Start && quote.Start <= quote.End && quote.End <= codePoints.Length, $"seed {seed}: {quote.Start}..{quote.End} on: {input}");
                Assert.Equal(string.Concat(codePoints[quote.Start..quote.End]), quote.Text);
            }
        }
    }
}
