using System.Net;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Speakers;

public sealed class SpeakerEndpointsTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task Creating_a_speaker_returns_every_field()
    {
        var response = await client.PostJsonAsync("/speakers", new
        {
            name = "Antony Blinken", kind = "person", aliases = new[] { "Tony Blinken" }, wikidataId = "Q7309", description = "US Secretary of State",
        });
        var speaker = await response.JsonAsync(HttpStatusCode.Created);

        Assert.Equal($"/speakers/{speaker.Id()}", response.Headers.Location?.ToString());
        Assert.Equal("person", (string?)speaker["kind"]);
        Assert.Equal("Tony Blinken", (string?)speaker["aliases"]![0]);
        Assert.Equal("Q7309", (string?)speaker["wikidataId"]);
        Assert.Equal("US Secretary of State", (string?)speaker["description"]);
    }

    [Fact]
    public async Task A_taken_wikidata_id_is_409_with_the_holder()
    {
        var holder = await client.SpeakerAsync("Mike Pence", wikidataId: "Q24313");

        var problem = await (await client.PostJsonAsync("/speakers", new { name = "M. Pence", wikidataId = "Q24313" }))
            .ProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal(holder.Id(), (long)problem["existingId"]!);
    }

    [Theory]
    [InlineData("""{"name":"X","kind":"robot"}""", "kind")]
    [InlineData("""{"name":"X","wikidataId":"42"}""", "wikidataId")]
    [InlineData("""{"name":"a source","kind":"anonymous","wikidataId":"Q1"}""", "wikidataId")]
    [InlineData("""{"name":"   "}""", "name")]
    [InlineData("""{"name":"X","aliases":[""]}""", "aliases[0]")]
    public async Task An_invalid_speaker_is_400_naming_the_field(string body, string field)
    {
        await (await client.PostRawAsync("/speakers", body)).ProblemForAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Search_matches_names_and_aliases_ignoring_case_and_accents()
    {
        var jose = await client.SpeakerAsync("José Álvarez");
        var alias = await client.SpeakerAsync("Robert Smith", aliases: ["Bobby Smíth"]);
        await client.SpeakerAsync("Someone Else");

        var byAccentless = await client.GetJsonAsync("/speakers?q=jose alv");
        var byAlias = await client.GetJsonAsync("/speakers?q=BOBBY");
        var byLikeChars = await client.GetJsonAsync("/speakers?q=" + Uri.EscapeDataString("%_"));

        Assert.Equal(jose.Id(), Assert.Single(byAccentless["items"]!.AsArray())!.Id());
        Assert.Equal(alias.Id(), Assert.Single(byAlias["items"]!.AsArray())!.Id());
        Assert.Empty(byLikeChars["items"]!.AsArray());
    }

    [Fact]
    public async Task Patching_a_speaker_merges_and_validates()
    {
        var speaker = await client.SpeakerAsync("Aaron Zelin");

        var patched = await (await client.PatchJsonAsync($"/speakers/{speaker.Id()}", new { aliases = new[] { "Aaron Y. Zelin" }, description = "Scholar" }))
            .JsonAsync(HttpStatusCode.OK);
        var invalid = await client.PatchJsonAsync($"/speakers/{speaker.Id()}", new { kind = "robot" });

        Assert.Equal("Aaron Zelin", (string?)patched["name"]);
        Assert.Equal("Aaron Y. Zelin", (string?)patched["aliases"]![0]);
        await invalid.ProblemForAsync(HttpStatusCode.BadRequest, "kind");
        await (await client.PatchJsonAsync("/speakers/777777", new { name = "x" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Affiliations_are_recorded_over_time_and_checked()
    {
        var speaker = await client.SpeakerAsync("Douglas London");

        var first = await (await client.PostJsonAsync($"/speakers/{speaker.Id()}/affiliations",
            new { organisation = "CIA", role = "Head of counterterrorism, South and Southwest Asia", from = "2010-01-01", to = "2018-12-31" }))
            .JsonAsync(HttpStatusCode.Created);
        await client.PostJsonAsync($"/speakers/{speaker.Id()}/affiliations", new { organisation = "Middle East Institute", role = "Scholar", from = "2019-01-01" });
        var reversed = await client.PostJsonAsync($"/speakers/{speaker.Id()}/affiliations", new { organisation = "X", from = "2020-01-01", to = "2019-01-01" });
        var list = await client.GetJsonAsync($"/speakers/{speaker.Id()}/affiliations");

        Assert.Equal("2010-01-01", (string?)first["from"]);
        Assert.Equal(["CIA", "Middle East Institute"], list["items"]!.AsArray().Select(a => (string?)a!["organisation"]));
        await reversed.ProblemForAsync(HttpStatusCode.BadRequest, "to");
        await (await client.PostJsonAsync("/speakers/888888/affiliations", new { organisation = "X" })).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_quote_shows_the_affiliation_the_speaker_held_when_it_was_said()
    {
        var speaker = await client.SpeakerAsync("Pat Jobhopper");
        await client.PostJsonAsync($"/speakers/{speaker.Id()}/affiliations", new { organisation = "Old Corp", role = "CEO", to = "2019-12-31" });
        await client.PostJsonAsync($"/speakers/{speaker.Id()}/affiliations", new { organisation = "New Corp", role = "Chair", from = "2020-01-01" });
        var article = await client.ArticleAsync(body: "“Old times,” she said. “New times,” she said.");

        var old = await client.QuoteAsync(new { articleId = article.Id(), text = "Old times,", saidOn = "2018-05-01", speakers = new[] { new { id = speaker.Id() } } });
        var recent = await client.QuoteAsync(new { articleId = article.Id(), text = "New times,", saidOn = "2021-05-01", speakers = new[] { new { id = speaker.Id() } } });

        Assert.Equal("Old Corp", (string?)old["speakers"]![0]!["affiliationAtTime"]!["organisation"]);
        Assert.Equal("Chair", (string?)recent["speakers"]![0]!["affiliationAtTime"]!["role"]);
    }

    [Fact]
    public async Task A_speakers_quotes_include_those_said_with_others_and_unknown_speakers_are_404()
    {
        var pence = await client.SpeakerAsync("Mike Pence");
        var article = await client.ArticleAsync(body: "They argued the deal “required the Taliban…to refuse terrorists safe harbor.”");
        await client.QuoteAsync(new
        {
            articleId = article.Id(), text = "required the Taliban…to refuse terrorists safe harbor.", kind = "partial",
            speakers = new object[] { new { id = pence.Id() }, new { name = "Nathan Sales" } },
        });

        var quotes = await client.GetJsonAsync($"/speakers/{pence.Id()}/quotes");

        var quote = Assert.Single(quotes["items"]!.AsArray())!;
        Assert.Equal(["Mike Pence", "Nathan Sales"], quote["speakers"]!.AsArray().Select(s => (string?)s!["name"]));
        await (await client.GetAsync("/speakers/999999/quotes")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/speakers/999999")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
