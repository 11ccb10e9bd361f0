using Attribution.Api.Extraction;
using Attribution.Api.Quotes;
using Attribution.Api.Speakers;

namespace Attribution.Tests.Extraction;

/// <summary>The cases the corpus may not cover: each mark style, cue positions, several speakers, what is not a quote.</summary>
public sealed class QuoteExtractorTests
{
    private static ExtractedQuote Single(string text) => Assert.Single(new QuoteExtractor().Extract(text));

    [Theory]
    [InlineData("\"We will rebuild the bridge by spring,\" said Maria Lopez, the mayor of Riverton.")]
    [InlineData("\u201CWe will rebuild the bridge by spring,\u201D said Maria Lopez, the mayor of Riverton.")]
    [InlineData("\u00AB\u00A0We will rebuild the bridge by spring,\u00A0\u00BB said Maria Lopez, the mayor of Riverton.")]
    [InlineData("\u201EWe will rebuild the bridge by spring,\u201C said Maria Lopez, the mayor of Riverton.")]
    public void Every_quote_mark_style_gives_the_same_quote(string text)
    {
        var quote = Single(text);
        Assert.Equal("We will rebuild the bridge by spring,", quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("said", quote.Verb);
        Assert.Equal(new ExtractedSpeaker { Name = "Maria Lopez", Kind = SpeakerKind.Person, Affiliation = "the mayor of Riverton" }, quote.Speaker);
    }

    [Fact]
    public void Offsets_are_code_points_and_text_is_the_span()
    {
        const string text = "The \U0001F30A flood came fast. \u201CWe lost everything in an hour,\u201D said Ana\u00A0Ruiz, a farmer.";
        var quote = Single(text);
        var codePoints = text.EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.Equal(quote.Text, string.Concat(codePoints[quote.Start..quote.End]));
        Assert.Equal("Ana Ruiz", quote.Speaker.Name.Replace('\u00A0', ' '));
    }

    [Fact]
    public void A_quote_over_several_paragraphs_is_one_quote()
    {
        const string text = "Jane Okafor, the union's negotiator, said: \u201CWe came to the table in good faith.\n\n\u201CWe will stay there until the last worker is paid.\u201D";
        var quote = Single(text);
        Assert.StartsWith("We came to the table", quote.Text);
        Assert.EndsWith("until the last worker is paid.", quote.Text);
        Assert.Equal("Jane Okafor", quote.Speaker.Name);
    }

    [Fact]
    public void A_cue_inside_the_quote_attributes_both_halves()
    {
        var quotes = new QuoteExtractor().Extract("\u201CThe water is safe,\u201D Dr. Lena Park told reporters, \u201Cbut we will keep testing every week.\u201D");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Lena Park", q.Speaker.Name));
        Assert.Equal(["told", "told"], quotes.Select(q => q.Verb));
    }

    [Fact]
    public void A_pronoun_or_surname_cue_gets_the_fullest_name_and_the_title()
    {
        var quotes = new QuoteExtractor().Extract("""
            Finance Minister Omar Haddad presented the budget on Monday. "This is a budget for growth," he said.
            Critics were unconvinced. "The numbers do not add up," Haddad's rival, Sara Lind, said. Haddad dismissed her: "She has not read it."
            """);
        Assert.Equal(3, quotes.Count);
        Assert.Equal(("Omar Haddad", "Finance Minister", "he"), (quotes[0].Speaker.Name, quotes[0].Speaker.Affiliation, quotes[0].SpeakerMention));
        Assert.Equal("Sara Lind", quotes[1].Speaker.Name);
        Assert.Equal("Omar Haddad", quotes[2].Speaker.Name);
        Assert.True(quotes[0].Confidence < 1);
    }

    [Fact]
    public void Several_speakers_in_one_cue_are_all_named()
    {
        var quote = Single("Senator Ruth Adeyemi and Representative Carl Moss said the plan \u201Cputs families first.\u201D");
        Assert.Equal(["Ruth Adeyemi", "Carl Moss"], quote.Speakers.Select(s => s.Name));
        Assert.Equal(QuoteKind.Partial, quote.Kind);
    }

    [Fact]
    public void Organisations_and_anonymous_sources_are_kinds_of_speaker()
    {
        var quotes = new QuoteExtractor().Extract("""
            The World Health Organization said the outbreak was "under control." "We are not out of the woods," a senior health official said.
            """);
        Assert.Equal(2, quotes.Count);
        Assert.Equal((SpeakerKind.Organisation, "World Health Organization"), (quotes[0].Speaker.Kind, quotes[0].Speaker.Name));
        Assert.Equal((SpeakerKind.Anonymous, "a senior health official"), (quotes[1].Speaker.Kind, quotes[1].Speaker.Name));
    }

    [Fact]
    public void Reported_speech_is_an_indirect_quote_of_its_content()
    {
        var quotes = new QuoteExtractor().Extract("Police Chief Dana Reyes said on Tuesday that two suspects had been arrested. According to the fire service, the blaze started in a kitchen.");
        Assert.Equal(2, quotes.Count);
        Assert.Equal((QuoteKind.Indirect, "two suspects had been arrested", "Dana Reyes"), (quotes[0].Kind, quotes[0].Text, quotes[0].Speaker.Name));
        Assert.Equal((QuoteKind.Indirect, "the blaze started in a kitchen", "according to"), (quotes[1].Kind, quotes[1].Text, quotes[1].Verb));
    }

    [Theory]
    [InlineData("The so-called \"experts\" were nowhere to be seen when the levee broke.")]
    [InlineData("She reviewed the novel \"War and Peace\" for the weekend edition.")]
    [InlineData("Wrestler Dwayne \"The Rock\" Johnson opened the new gym on Saturday.")]
    [InlineData("The film, titled \"The Last Harbour\", opens in March.")]
    public void Scare_quotes_titles_and_nicknames_are_not_quotes(string text) => Assert.Empty(new QuoteExtractor().Extract(text));
}
