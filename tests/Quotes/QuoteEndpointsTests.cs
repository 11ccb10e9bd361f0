using System.Net;
using System.Text.Json.Nodes;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Quotes;

public sealed class QuoteEndpointsTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    private const string Body = "Intro.\n\n“It’s a Catch-22,\u00a0truly,” a retired official said. Later, Mr. Stone warned that prices would rise.";

    [Fact]
    public async Task A_quote_embeds_its_article_and_speakers_and_gets_its_offsets_filled_in()
    {
        var outlet = await client.OutletAsync();
        var article = await client.ArticleAsync(body: Body, outletId: outlet.Id(), publishedAt: DateTimeOffset.Parse("2021-09-05T00:00:00Z"));

        var response = await client.PostJsonAsync("/quotes", new
        {
            articleId = article.Id(), text = "It's a Catch-22, truly,", kind = "direct", verb = "said",
            speakers = new[] { new { name = "a retired official", kind = "anonymous", mention = "a retired official" } },
        });
        var quote = await response.JsonAsync(HttpStatusCode.Created);

        Assert.Equal($"/quotes/{quote.Id()}", response.Headers.Location?.ToString());
        Assert.Equal(9, (int)quote["start"]!);
        Assert.Equal(32, (int)quote["end"]!);
        Assert.Equal("It’s a Catch-22,\u00a0truly,", (string?)quote["selector"]!["exact"]);
        Assert.Equal("Intro.\n\n“", (string?)quote["selector"]!["prefix"]);
        Assert.StartsWith("” a retired official said.", (string?)quote["selector"]!["suffix"]);
        Assert.Equal((string?)article["url"], (string?)quote["article"]!["url"]);
        Assert.Equal(outlet.Id(), (long)quote["article"]!["outlet"]!["id"]!);
        Assert.Equal("2021-09-05T00:00:00+00:00", (string?)quote["article"]!["publishedAt"]);
        var speaker = quote["speakers"]![0]!;
        Assert.Equal(("a retired official", "anonymous", "a retired official"),
            ((string?)speaker["name"], (string?)speaker["kind"], (string?)speaker["mention"]));
        Assert.Equal(quote.ToJsonString(), (await client.GetJsonAsync($"/quotes/{quote.Id()}")).ToJsonString());
    }

    [Fact]
    public async Task Offsets_count_code_points_not_utf16_units()
    {
        var article = await client.ArticleAsync(body: "😀🎉 “Hi 👋 there,” he said.");

        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "Hi 👋 there,", speakers = new[] { new { name = "Emo Ji" } } });

        Assert.Equal(4, (int)quote["start"]!);
        Assert.Equal(15, (int)quote["end"]!);
        Assert.Equal("😀🎉 “", (string?)quote["selector"]!["prefix"]);
    }

    [Fact]
    public async Task Given_offsets_must_cover_the_quote()
    {
        var article = await client.ArticleAsync(body: Body);
        var speakers = new[] { new { name = "Stone" } };

        var right = await client.PostJsonAsync("/quotes", new { articleId = article.Id(), text = "It’s a Catch-22, truly,", start = 9, end = 32, speakers });
        var wrong = await client.PostJsonAsync("/quotes", new { articleId = article.Id(), text = "It’s a Catch-22, truly,", start = 10, end = 32, speakers });
        var outside = await client.PostJsonAsync("/quotes", new { articleId = article.Id(), text = "It’s a Catch-22, truly,", start = 9, end = 5000, speakers });

        await right.JsonAsync(HttpStatusCode.Created);
        Assert.Contains("t’s a Catch-22", await wrong.ProblemForAsync(HttpStatusCode.UnprocessableEntity, "start"));
        Assert.Contains("outside", await outside.ProblemForAsync(HttpStatusCode.UnprocessableEntity, "end"));
    }

    [Fact]
    public async Task A_direct_quote_missing_from_the_article_is_422_and_nothing_is_stored()
    {
        var article = await client.ArticleAsync(body: Body);

        var response = await client.PostJsonAsync("/quotes", new { articleId = article.Id(), text = "Words never said.", speakers = new[] { new { name = "Brand New Person" } } });

        await response.ProblemForAsync(HttpStatusCode.UnprocessableEntity, "text");
        Assert.Empty((await client.GetJsonAsync($"/articles/{article.Id()}/quotes"))["items"]!.AsArray());
        Assert.Empty((await client.GetJsonAsync("/speakers?q=brand new person"))["items"]!.AsArray());
    }

    [Fact]
    public async Task An_indirect_quote_is_anchored_when_its_words_occur_and_kept_without_offsets_when_paraphrased()
    {
        var article = await client.ArticleAsync(body: Body);
        var speakers = new[] { new { name = "Stone", mention = "Mr. Stone" } };

        var anchored = await client.QuoteAsync(new { articleId = article.Id(), text = "prices would rise", kind = "indirect", verb = "warned", speakers });
        var paraphrase = await client.QuoteAsync(new { articleId = article.Id(), text = "costs will go up", kind = "indirect", speakers });

        Assert.Equal("prices would rise", (string?)anchored["selector"]!["exact"]);
        Assert.Null(paraphrase["start"]);
        Assert.Null(paraphrase["selector"]);
    }

    [Fact]
    public async Task Quotes_of_an_article_without_body_keep_the_offsets_given()
    {
        var article = await client.ArticleAsync();

        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "Anything,", start = 3, end = 12, speakers = new[] { new { name = "Nobody Known" } } });

        Assert.Equal(3, (int)quote["start"]!);
        Assert.Null(quote["selector"]);
    }

    [Fact]
    public async Task Inline_speakers_match_by_wikidata_id_then_name_or_alias_else_are_created()
    {
        var article = await client.ArticleAsync(body: "“A,” “B,” “C,” “D,” “E,”");
        var blinken = await client.SpeakerAsync("Antony Blinken", aliases: ["Tony Blinken"], wikidataId: "Q7309");

        async Task<long> SpeakerOf(string text, object speaker) =>
            (await client.QuoteAsync(new { articleId = article.Id(), text, speakers = new[] { speaker } }))["speakers"]![0]!.Id();

        Assert.Equal(blinken.Id(), await SpeakerOf("A,", new { name = "Whoever", wikidataId = "Q7309" }));
        Assert.Equal(blinken.Id(), await SpeakerOf("B,", new { name = "ANTONY BLINKEN" }));
        Assert.Equal(blinken.Id(), await SpeakerOf("C,", new { name = "tony blinken" }));
        var created = await SpeakerOf("D,", new { name = "Wendy Sherman", wikidataId = "Q3500401" });
        Assert.NotEqual(blinken.Id(), created);
        Assert.Equal("Q3500401", (string?)(await client.GetJsonAsync($"/speakers/{created}"))["wikidataId"]);
        Assert.Equal(created, await SpeakerOf("E,", new { name = "Someone", wikidataId = "Q3500401" }));
    }

    [Fact]
    public async Task Anonymous_speakers_are_only_matched_within_the_same_article()
    {
        var first = await client.ArticleAsync(body: "“One,” said a senior official. “Two,” the official added.");
        var second = await client.ArticleAsync(body: "“Three,” said a senior official.");
        var anonymous = new[] { new { name = "a senior official", kind = "anonymous" } };

        var one = await client.QuoteAsync(new { articleId = first.Id(), text = "One,", speakers = anonymous });
        var two = await client.QuoteAsync(new { articleId = first.Id(), text = "Two,", speakers = anonymous });
        var three = await client.QuoteAsync(new { articleId = second.Id(), text = "Three,", speakers = anonymous });

        Assert.Equal(one["speakers"]![0]!.Id(), two["speakers"]![0]!.Id());
        Assert.NotEqual(one["speakers"]![0]!.Id(), three["speakers"]![0]!.Id());
    }

    [Fact]
    public async Task A_name_that_matches_several_speakers_is_422_listing_them()
    {
        var article = await client.ArticleAsync(body: "“Hello,” said John Smith.");
        var a = await client.SpeakerAsync("John Smith");
        var b = await client.SpeakerAsync("J. Smith", aliases: ["John Smith"]);

        var message = await (await client.PostJsonAsync("/quotes", new { articleId = article.Id(), text = "Hello,", speakers = new[] { new { name = "John Smith" } } }))
            .ProblemForAsync(HttpStatusCode.UnprocessableEntity, "speakers[0]");

        Assert.Contains($"{a.Id()}, {b.Id()}", message);
    }

    [Theory]
    [InlineData("""{"articleId":1,"text":"x","speakers":[]}""", "speakers")]
    [InlineData("""{"articleId":1,"text":"x","speakers":[{"id":1,"name":"Both"}]}""", "speakers[0]")]
    [InlineData("""{"articleId":1,"text":"x","speakers":[{}]}""", "speakers[0]")]
    [InlineData("""{"articleId":1,"text":"x","speakers":[{"name":"X","wikidataId":"Q0"}]}""", "speakers[0].wikidataId")]
    [InlineData("""{"articleId":1,"text":"x","kind":"rumour","speakers":[{"name":"X"}]}""", "kind")]
    [InlineData("""{"articleId":1,"text":"x","start":-1,"end":3,"speakers":[{"name":"X"}]}""", "start")]
    [InlineData("""{"articleId":1,"text":"x","start":5,"speakers":[{"name":"X"}]}""", "end")]
    [InlineData("""{"articleId":1,"text":"x","start":5,"end":5,"speakers":[{"name":"X"}]}""", "end")]
    [InlineData("""{"articleId":1,"text":"","speakers":[{"name":"X"}]}""", "text")]
    [InlineData("""{"articleId":0,"text":"x","speakers":[{"name":"X"}]}""", "articleId")]
    [InlineData("""{"articleId":1,"text":"x","saidOn":"2021-02-30","speakers":[{"name":"X"}]}""", "saidOn")]
    public async Task An_invalid_quote_is_400_naming_the_field(string body, string field)
    {
        await (await client.PostRawAsync("/quotes", body)).ProblemForAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Unknown_articles_and_speakers_in_a_quote_are_422()
    {
        var article = await client.ArticleAsync(body: "“Yes,” he said.");

        await (await client.PostJsonAsync("/quotes", new { articleId = 987654, text = "Yes,", speakers = new[] { new { name = "X" } } }))
            .ProblemForAsync(HttpStatusCode.UnprocessableEntity, "articleId");
        await (await client.PostJsonAsync("/quotes", new { articleId = article.Id(), text = "Yes,", speakers = new[] { new { id = 987654 } } }))
            .ProblemForAsync(HttpStatusCode.UnprocessableEntity, "speakers[0]");
    }

    [Fact]
    public async Task Quotes_filter_by_speaker_article_outlet_kind_dates_and_words()
    {
        var outlet = await client.OutletAsync();
        var article = await client.ArticleAsync(body: "“Économie first,” said Ada. Bob said the harbour was closed.", outletId: outlet.Id(),
            publishedAt: DateTimeOffset.Parse("2020-06-01T12:00:00Z"));
        var ada = await client.SpeakerAsync("Ada Filter");
        var direct = await client.QuoteAsync(new { articleId = article.Id(), text = "Économie first,", saidOn = "2020-05-01", speakers = new[] { new { id = ada.Id() } } });
        var indirect = await client.QuoteAsync(new { articleId = article.Id(), text = "the harbour was closed", kind = "indirect", speakers = new[] { new { name = "Bob Filter" } } });

        async Task<long[]> Ids(string query) =>
            (await client.GetJsonAsync($"/quotes?{query}"))["items"]!.AsArray().Select(q => q!.Id()).ToArray();

        Assert.Equal([direct.Id()], await Ids($"speakerId={ada.Id()}"));
        Assert.Equal([indirect.Id(), direct.Id()], await Ids($"articleId={article.Id()}"));
        Assert.Equal([indirect.Id(), direct.Id()], await Ids($"outletId={outlet.Id()}"));
        Assert.Equal([indirect.Id()], await Ids($"outletId={outlet.Id()}&kind=indirect"));
        Assert.Equal([direct.Id()], await Ids($"outletId={outlet.Id()}&to=2020-05-15"));
        Assert.Equal([indirect.Id()], await Ids($"outletId={outlet.Id()}&from=2020-05-15"));
        Assert.Equal([direct.Id()], await Ids("q=economie"));
        Assert.Equal([indirect.Id()], await Ids("q=" + Uri.EscapeDataString("\"harbour was closed\"")));
    }

    [Fact]
    public async Task Date_filters_follow_corrections_of_the_quote_and_of_its_article()
    {
        // Published late on 1 June in New York: 2 June in UTC, the day an undated quote was said.
        var outlet = await client.OutletAsync();
        var article = await client.ArticleAsync(body: "“Late news,” said Cy. “Later news,” said Cy.", outletId: outlet.Id(),
            publishedAt: DateTimeOffset.Parse("2020-06-01T23:30:00-04:00"));
        var undated = await client.QuoteAsync(new { articleId = article.Id(), text = "Late news,", speakers = new[] { new { name = "Cy Dates" } } });
        var dated = await client.QuoteAsync(new { articleId = article.Id(), text = "Later news,", saidOn = "2020-05-01", speakers = new[] { new { name = "Cy Dates" } } });

        async Task<long[]> Ids(string query) =>
            (await client.GetJsonAsync($"/quotes?outletId={outlet.Id()}&{query}"))["items"]!.AsArray().Select(q => q!.Id()).ToArray();

        Assert.Equal([undated.Id()], await Ids("from=2020-06-02&to=2020-06-02"));
        Assert.Equal([dated.Id()], await Ids("to=2020-05-31"));

        await (await client.PatchJsonAsync($"/articles/{article.Id()}", new { publishedAt = "2021-01-10T09:00:00Z" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([undated.Id()], await Ids("from=2021-01-10&to=2021-01-10"));
        Assert.Empty(await Ids("to=2020-12-31&from=2020-06-01"));

        await (await client.PatchJsonAsync($"/quotes/{dated.Id()}", new { saidOn = (string?)null })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([dated.Id(), undated.Id()], await Ids("from=2021-01-10&to=2021-01-10"));
        await (await client.PatchJsonAsync($"/quotes/{undated.Id()}", new { saidOn = "2019-03-04" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([undated.Id()], await Ids("from=2019-03-04&to=2019-03-04"));
    }

    [Fact]
    public async Task The_outlet_filter_follows_the_article_to_another_outlet()
    {
        var (first, second) = (await client.OutletAsync(), await client.OutletAsync());
        var article = await client.ArticleAsync(body: "“Moved,” said Di.", outletId: first.Id());
        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "Moved,", speakers = new[] { new { name = "Di Outlets" } } });

        async Task<long[]> Ids(long outletId) =>
            (await client.GetJsonAsync($"/quotes?outletId={outletId}"))["items"]!.AsArray().Select(q => q!.Id()).ToArray();

        Assert.Equal([quote.Id()], await Ids(first.Id()));
        await (await client.PatchJsonAsync($"/articles/{article.Id()}", new { outletId = second.Id() })).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(await Ids(first.Id()));
        Assert.Equal([quote.Id()], await Ids(second.Id()));
        Assert.Equal(second.Id(), (long)(await client.GetJsonAsync($"/quotes/{quote.Id()}"))["article"]!["outlet"]!["id"]!);
    }

    [Fact]
    public async Task Quotes_page_newest_first_without_loss_or_repeats()
    {
        var article = await client.ArticleAsync(body: string.Join(" ", Enumerable.Range(0, 11).Select(i => $"“Line {i},” he said.")));
        var created = new List<long>();
        for (var i = 0; i < 11; i++)
            created.Add((await client.QuoteAsync(new { articleId = article.Id(), text = $"Line {i},", speakers = new[] { new { name = "Pager" } } })).Id());

        var seen = new List<long>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await client.GetJsonAsync($"/quotes?articleId={article.Id()}&limit=4{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page["items"]!.AsArray().Select(q => q!.Id()));
            cursor = (string?)page["nextCursor"];
            pages++;
        } while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(created.AsEnumerable().Reverse(), seen);
    }

    [Theory]
    [InlineData("2017-11-15", "2018-02-10", false)] // a few months, across a new year: read month by month and merged
    [InlineData("2018-01-03", "2018-01-20", false)] // within one month
    [InlineData("2016-11-20", "2018-02-10", false)] // more than a year: read as one range
    [InlineData("2017-11-15", "2018-02-10", true)] // retracted ones too: read as one range
    public async Task A_date_range_pages_newest_first_across_its_months(string from, string to, bool includeRetracted)
    {
        // Said on days out of id order, so that a page cannot follow the days.
        string[] days = ["2018-01-10", "2017-11-14", "2018-02-10", "2017-12-31", "2018-01-20", "2017-11-15", "2018-02-11",
            "2018-01-02", "2016-11-20", "2018-01-03", "2017-12-01", "2016-11-19"];
        var article = await client.ArticleAsync(body: string.Join(" ", days.Select((_, i) => $"“Dated {i},” she said.")));
        var speaker = await client.SpeakerAsync($"Dee Dates {Guid.NewGuid():N}");
        var quotes = new List<(long Id, DateOnly Day)>();
        foreach (var (day, i) in days.Select((d, i) => (d, i)))
            quotes.Add(((await client.QuoteAsync(new { articleId = article.Id(), text = $"Dated {i},", saidOn = day, speakers = new[] { new { id = speaker.Id() } } })).Id(),
                DateOnly.Parse(day)));
        // Retracted (a DELETE keeps it, marked): listed only when asked for.
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/quotes/{quotes[4].Id}?reason=test")).StatusCode);

        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var page = await client.GetJsonAsync($"/quotes?speakerId={speaker.Id()}&from={from}&to={to}&includeRetracted={includeRetracted}&limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page["items"]!.AsArray().Select(q => q!.Id()));
            cursor = (string?)page["nextCursor"];
        } while (cursor is not null);

        var expected = quotes.Where(q => q.Day >= DateOnly.Parse(from) && q.Day <= DateOnly.Parse(to) && (includeRetracted || q.Id != quotes[4].Id))
            .Select(q => q.Id).OrderDescending();
        Assert.Equal(expected, seen);
    }

    [Fact]
    public async Task Patching_the_text_finds_the_new_span_and_speakers_are_replaced()
    {
        var article = await client.ArticleAsync(body: "“First words,” she said. “Second words,” she added.");
        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "First words,", verb = "said", speakers = new[] { new { name = "Patch Person" } } });

        var patched = await (await client.PatchJsonAsync($"/quotes/{quote.Id()}", new
        {
            text = "Second words,", verb = "added", speakers = new object[] { new { name = "Other Person", role = "spokeswoman" } },
        })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(26, (int)patched["start"]!);
        Assert.Equal("added", (string?)patched["verb"]);
        Assert.Equal("Other Person", (string?)Assert.Single(patched["speakers"]!.AsArray())!["name"]);
        Assert.Equal("spokeswoman", (string?)patched["speakers"]![0]!["statedAffiliation"]);
        Assert.Equal((string?)quote["createdAt"], (string?)patched["createdAt"]);
    }

    [Fact]
    public async Task A_patch_that_no_longer_fits_the_article_is_422_and_changes_nothing()
    {
        var article = await client.ArticleAsync(body: "“Kept words,” she said.");
        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "Kept words,", speakers = new[] { new { name = "Keeper" } } });

        await (await client.PatchJsonAsync($"/quotes/{quote.Id()}", new { text = "Invented words," }))
            .ProblemForAsync(HttpStatusCode.UnprocessableEntity, "text");
        await (await client.PatchJsonAsync($"/quotes/{quote.Id()}", new { speakers = Array.Empty<object>() }))
            .ProblemForAsync(HttpStatusCode.BadRequest, "speakers");
        await (await client.PatchJsonAsync($"/quotes/{quote.Id()}", new { start = "zero" }))
            .ProblemForAsync(HttpStatusCode.BadRequest, "start");

        Assert.Equal(quote.ToJsonString(), (await client.GetJsonAsync($"/quotes/{quote.Id()}")).ToJsonString());
    }

    [Fact]
    public async Task The_same_quote_posted_twice_is_409_with_the_existing_id_and_once_retracted_it_may_be_recorded_again()
    {
        var article = await client.ArticleAsync(body: "\u201cTwice over,\u201d the clerk said.");
        var body = new { articleId = article.Id(), text = "Twice over,", speakers = new[] { new { name = $"Clerk {Data.Next()}" } } };
        var first = await client.QuoteAsync(body);

        var again = await (await client.PostJsonAsync("/quotes", body)).ProblemForAsync(HttpStatusCode.Conflict, "text");
        var problem = await (await client.PostJsonAsync("/quotes", body)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(first.Id(), (long)problem["existingId"]!);
        Assert.Contains($"{first.Id()}", again);
        // Another speaker for the same words is another attribution, not a duplicate.
        await client.QuoteAsync(body with { speakers = new[] { new { name = $"Other clerk {Data.Next()}" } } });

        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/quotes/{first.Id()}?reason=Recorded%20in%20error")).StatusCode);
        await client.QuoteAsync(body);
    }

    [Fact]
    public async Task Unknown_quotes_are_404_for_every_operation()
    {
        await (await client.GetAsync("/quotes/97531")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync("/quotes/97531?reason=x")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PatchJsonAsync("/quotes/97531", new { verb = "x" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PostJsonAsync("/quotes/97531/review", new { status = "verified" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/quotes/97531/history")).ProblemAsync(HttpStatusCode.NotFound);
    }
}
