using Attribution.Api.Search;
using Attribution.Tests.Infrastructure;
using Dapper;

namespace Attribution.Tests.Search;

/// <summary>Search compares words folded in C# (<see cref="SearchWords"/>) with candidates the database found by word
/// pairs folded in SQL (quote_words, quote_shingles): the two foldings must agree.</summary>
public sealed class SearchWordsTests
{
    [Theory]
    [InlineData("\u201CWe won\u2019t back down,\u201D she said.", new[] { "we", "won", "t", "back", "down", "she", "said" })]
    [InlineData("Caf\u00E9 M\u00FCller, \u00C9LYS\u00C9E", new[] { "cafe", "muller", "elysee" })]
    [InlineData("Cafe\u0301 decomposed", new[] { "cafe", "decomposed" })]
    [InlineData("Stra\u00DFe \u0141\u00F3d\u017A \u00C6sir \u0153uvre \u00D8resund", new[] { "strasse", "lodz", "aesir", "oeuvre", "oresund" })]
    [InlineData("co\u00ADoperate, zero\u200Bwidth", new[] { "co", "operate", "zero", "width" })]
    [InlineData("pre-9/11 state\u00A0\u2014 100%", new[] { "pre", "9", "11", "state", "100" })]
    [InlineData("\u00AB\u00A0Nous reconstruirons le pont\u00A0\u00BB, a-t-elle dit.", new[] { "nous", "reconstruirons", "le", "pont", "a", "t", "elle", "dit" })]
    public void Words_are_letters_and_digits_in_lower_case_without_accents(string text, string[] words)
    {
        Assert.Equal(words, SearchWords.Of(text));
    }

    [Fact]
    public async Task Words_folded_in_csharp_are_the_words_the_database_folds()
    {
        string[] texts =
        [
            "\u201CWe won\u2019t back down,\u201D she said.", "Caf\u00E9 M\u00FCller, \u00C9LYS\u00C9E", "Stra\u00DFe \u0141\u00F3d\u017A \u00C6sir \u0153uvre \u00D8resund",
            "pre-9/11 state\u00A0\u2014 100%", "\u00AB\u00A0Nous reconstruirons le pont\u00A0\u00BB, a-t-elle dit.", "\u201EWir bauen die Br\u00FCcke\u201C, sagte sie.",
            "\u2014Vamos a reconstruir el puente \u2014dijo Mar\u00EDa L\u00F3pez.", "Ni\u00F1o, \u00E7a, \u00E5ngstr\u00F6m", "Cafe\u0301 co\u00ADoperate, zero\u200Bwidth",
        ];
        await TestDatabase.WithConnectionAsync(async connection =>
        {
            foreach (var text in texts)
                Assert.Equal(await connection.ExecuteScalarAsync<string[]>("select quote_words(@Text)", new { Text = text }), SearchWords.Of(text));
        });
    }

    [Fact]
    public async Task Word_pairs_hashed_in_csharp_are_the_pairs_the_database_stores()
    {
        string[] texts =
        [
            "\u201CWe won\u2019t back down,\u201D she said.", "The ruling ignores the evidence, and we will appeal it.",
            "a an and are as at be been but by for from had has have he her his i if in into is it its me my no not of on or our s she so t " +
            "that the their them then there they this to was we were what when which who will with would you your",
            "Into the harbour, and then into it again: the harbour is theirs. Is it? Yours, mine, hers.",
            "Caf\u00E9 M\u00FCller, \u00C9LYS\u00C9E \u2014 Stra\u00DFe \u0141\u00F3d\u017A", "pre-9/11 state\u00A0\u2014 100% of 2,000 votes",
            "one", "", "word word word word",
        ];
        await TestDatabase.WithConnectionAsync(async connection =>
        {
            foreach (var text in texts)
            {
                var stored = await connection.ExecuteScalarAsync<int[]>("select quote_shingles(@Text)", new { Text = text });
                Assert.Equal(stored!.Order(), SearchWords.Shingles(SearchWords.Of(text)));
            }
        });
        Assert.Empty(SearchWords.Shingles(SearchWords.Of(texts[2])));
        Assert.Single(SearchWords.Shingles(SearchWords.Of("word word word word")));
    }
}
