using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Attribution.Tests.Imports;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Claims;

/// <summary>Claims, their fact-checks, ClaimReview out and in, and "has this been checked already?".</summary>
public sealed class ClaimTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    private const string Words = "Unemployment among young people has fallen to its lowest level in thirty years across the northern provinces";

    /// <summary>An article quoting a minister, the quote, and a fact-checking outlet.</summary>
    private async Task<(JsonNode Quote, JsonNode Checker, string Id)> QuotedAsync(string words = Words)
    {
        var id = Ndjson.Unique();
        var article = await client.ArticleAsync(body: $"\u201c{words} {id},\u201d the minister said.",
            publishedAt: DateTimeOffset.Parse("2024-02-01T09:00:00Z"));
        var quote = await client.QuoteAsync(new
        {
            articleId = article.Id(), text = $"{words} {id},", speakers = new[] { new { name = $"Minister {id}", kind = "person" } },
        });
        var checker = await client.OutletAsync($"check-{id}.example");
        return (quote, checker, id);
    }

    private static object Review(long publisherId, string id, string rating = "False", int? value = 1) => new
    {
        publisherId, url = $"https://check-{id}.example/reviews/{id}", title = "Has unemployment fallen?", author = "A. Checker",
        reviewDate = "2024-03-01", textualRating = rating, ratingValue = value, bestRating = 5, worstRating = 1,
        explanation = "The survey cited measures something else.", language = "en",
    };

    [Fact]
    public async Task A_claim_made_from_a_quote_has_its_words_claimant_appearance_and_latest_verdict_per_publisher()
    {
        var (quote, checker, id) = await QuotedAsync();

        var claim = await (await client.PostJsonAsync("/claims", new { quoteId = quote.Id(), language = "en" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(((string)quote["text"]!).TrimEnd(','), (string?)claim["text"]);
        Assert.Equal($"Minister {id}", (string?)claim["claimants"]![0]!["name"]);
        Assert.Equal(quote.Id(), claim["quotes"]![0]!.Id());
        Assert.Equal(quote.Id(), (long)claim["firstAppearance"]!["quoteId"]!);

        await (await client.PostJsonAsync($"/claims/{claim.Id()}/reviews", Review(checker.Id(), id, "Mostly false", 2))).JsonAsync(HttpStatusCode.Created);
        var later = new { publisherId = checker.Id(), url = $"https://check-{id}.example/reviews/{id}-update", reviewDate = "2024-04-01", textualRating = "False" };
        await (await client.PostJsonAsync($"/claims/{claim.Id()}/reviews", later)).JsonAsync(HttpStatusCode.Created);

        var stored = await client.GetJsonAsync($"/claims/{claim.Id()}");
        var verdict = Assert.Single(stored["verdicts"]!.AsArray())!;
        Assert.Equal(("False", $"check-{id}.example"), ((string?)verdict["textualRating"], (string?)verdict["publisher"]!["domain"]));
        Assert.Equal(2, (await client.GetJsonAsync($"/claims/{claim.Id()}/reviews")).AsArray().Count);
        Assert.Equal(["create"], (await client.GetJsonAsync($"/claims/{claim.Id()}/history"))["items"]!.AsArray().Select(h => (string?)h!["action"]));
    }

    [Fact]
    public async Task Quotes_are_linked_and_unlinked_and_a_claim_is_corrected_and_retracted_like_a_quote()
    {
        var (quote, _, id) = await QuotedAsync();
        var claim = await (await client.PostJsonAsync("/claims", new
        {
            text = $"Youth unemployment is at a thirty-year low {id}", claimants = new[] { new { id = quote["speakers"]![0]!.Id() } },
        })).JsonAsync(HttpStatusCode.Created);

        var linked = await (await client.PostAsync($"/claims/{claim.Id()}/quotes/{quote.Id()}", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(quote.Id(), linked["quotes"]![0]!.Id());
        await (await client.PostAsync($"/claims/{claim.Id()}/quotes/987654321", null)).ProblemForAsync(HttpStatusCode.UnprocessableEntity, "quoteId");
        var unlinked = await (await client.DeleteAsync($"/claims/{claim.Id()}/quotes/{quote.Id()}")).JsonAsync(HttpStatusCode.OK);
        Assert.Empty(unlinked["quotes"]!.AsArray());
        await (await client.DeleteAsync($"/claims/{claim.Id()}/quotes/{quote.Id()}")).ProblemAsync(HttpStatusCode.NotFound);

        var current = await client.GetAsync($"/claims/{claim.Id()}");
        var etag = current.Headers.ETag!.Tag;
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/claims/{claim.Id()}") { Content = Http.Content(new { language = "en" }, "application/merge-patch+json") };
        patch.Headers.TryAddWithoutValidation("If-Match", etag);
        Assert.Equal("en", (string?)(await (await client.SendAsync(patch)).JsonAsync(HttpStatusCode.OK))["language"]);
        var stale = new HttpRequestMessage(HttpMethod.Patch, $"/claims/{claim.Id()}") { Content = Http.Content(new { language = "fr" }, "application/merge-patch+json") };
        stale.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await client.SendAsync(stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);

        await (await client.DeleteAsync($"/claims/{claim.Id()}")).ProblemForAsync(HttpStatusCode.BadRequest, "reason");
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/claims/{claim.Id()}?reason=Duplicate")).StatusCode);
        Assert.Equal("Duplicate", (string?)(await client.GetJsonAsync($"/claims/{claim.Id()}"))["retraction"]!["reason"]);
        await (await client.PatchJsonAsync($"/claims/{claim.Id()}", new { language = "fr" })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.DoesNotContain(claim.Id(), (await client.GetJsonAsync("/claims?limit=500"))["items"]!.AsArray().Select(c => c!.Id()));
    }

    [Theory]
    [InlineData("""{"quoteId":987654321}""", 422, "quoteId")]
    [InlineData("""{}""", 400, "text")]
    [InlineData("""{"text":"x","language":"english!"}""", 400, "language")]
    public async Task Bad_claims_are_refused_naming_the_field(string body, int status, string field)
    {
        await (await client.PostRawAsync("/claims", body)).ProblemForAsync((HttpStatusCode)status, field);
    }

    [Fact]
    public async Task Bad_fact_checks_are_refused_naming_the_field()
    {
        var (quote, checker, id) = await QuotedAsync();
        var claim = await (await client.PostJsonAsync("/claims", new { quoteId = quote.Id() })).JsonAsync(HttpStatusCode.Created);
        var url = $"/claims/{claim.Id()}/reviews";
        JsonObject Review(Action<JsonObject> change)
        {
            var review = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ClaimTests.Review(checker.Id(), id)))!.AsObject();
            change(review);
            return review;
        }

        Assert.Contains("within the scale", await (await client.PostJsonAsync(url, Review(r => r["ratingValue"] = 9))).ProblemForAsync(HttpStatusCode.BadRequest, "ratingValue"));
        await (await client.PostJsonAsync(url, Review(r => r["bestRating"] = 0))).ProblemForAsync(HttpStatusCode.BadRequest, "bestRating");
        await (await client.PostJsonAsync(url, Review(r => r["url"] = "http://check.example/x"))).ProblemForAsync(HttpStatusCode.BadRequest, "url");
        await (await client.PostJsonAsync(url, Review(r => r["reviewDate"] = DateTime.UtcNow.AddDays(10).ToString("yyyy-MM-dd")))).ProblemForAsync(HttpStatusCode.BadRequest, "reviewDate");
        await (await client.PostJsonAsync(url, Review(r => r["publisherId"] = 987654321))).ProblemForAsync(HttpStatusCode.UnprocessableEntity, "publisherId");
        await (await client.PostJsonAsync("/claims/987654321/reviews", Review(_ => { }))).ProblemAsync(HttpStatusCode.NotFound);

        var created = await (await client.PostJsonAsync(url, Review(_ => { }))).JsonAsync(HttpStatusCode.Created);
        var again = await (await client.PostJsonAsync(url, Review(_ => { }))).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(created.Id(), (long)again["existingId"]!);
        var corrected = await (await client.PatchJsonAsync($"{url}/{created.Id()}", new { textualRating = "Misleading", ratingValue = 2 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Misleading", (string?)corrected["textualRating"]);
        await (await client.PatchJsonAsync($"{url}/{created.Id()}", new { ratingValue = 7 })).ProblemForAsync(HttpStatusCode.BadRequest, "ratingValue");
    }

    [Fact]
    public async Task The_claimreview_has_what_googles_markup_requires_and_recommends()
    {
        var (quote, checker, id) = await QuotedAsync();
        var claim = await (await client.PostJsonAsync("/claims", new { quoteId = quote.Id(), language = "en" })).JsonAsync(HttpStatusCode.Created);
        var review = await (await client.PostJsonAsync($"/claims/{claim.Id()}/reviews", Review(checker.Id(), id))).JsonAsync(HttpStatusCode.Created);

        var response = await client.GetAsync($"/claims/{claim.Id()}/reviews/{review.Id()}/claimreview");
        Assert.Equal("application/ld+json", response.Content.Headers.ContentType?.MediaType);
        var ld = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(("https://schema.org", "ClaimReview"), ((string?)ld["@context"], (string?)ld["@type"]));
        Assert.Equal((string?)claim["text"], (string?)ld["claimReviewed"]);
        Assert.Equal($"https://check-{id}.example/reviews/{id}", (string?)ld["url"]);
        Assert.Equal("2024-03-01", (string?)ld["datePublished"]);
        Assert.Equal(("Organization", "Example News"), ((string?)ld["author"]!["@type"], (string?)ld["author"]!["name"]));
        Assert.Equal(("Rating", "False", 1, 5, 1), ((string?)ld["reviewRating"]!["@type"], (string?)ld["reviewRating"]!["alternateName"],
            (int)ld["reviewRating"]!["ratingValue"]!, (int)ld["reviewRating"]!["bestRating"]!, (int)ld["reviewRating"]!["worstRating"]!));
        var item = ld["itemReviewed"]!;
        Assert.Equal(("Claim", "Person", $"Minister {id}"), ((string?)item["@type"], (string?)item["author"]!["@type"], (string?)item["author"]!["name"]));
        Assert.Equal("2024-02-01", (string?)item["datePublished"]);
        Assert.Equal((string?)quote["article"]!["url"], (string?)item["firstAppearance"]!["url"]);
        Assert.Equal((string?)quote["article"]!["url"], (string?)item["appearance"]![0]!["url"]);
    }

    [Fact]
    public async Task A_claimreview_exported_and_imported_into_a_fresh_database_is_the_same_claim_claimant_appearances_and_verdict()
    {
        var (quote, checker, id) = await QuotedAsync();
        var claim = await (await client.PostJsonAsync("/claims", new { quoteId = quote.Id(), language = "en" })).JsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/claims/{claim.Id()}/reviews", Review(checker.Id(), id))).JsonAsync(HttpStatusCode.Created);
        var export = await client.GetAsync("/exports/claims");
        var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => l.Contains($"check-{id}.example")).ToList();
        Assert.Single(lines);

        await using var fresh = await AttributionApi.CreateAsync();
        var other = fresh.CreateClient();
        var summary = await (await other.PostAsync("/imports?format=claimreview",
            new StringContent(string.Join("\n", lines) + "\n", Encoding.UTF8, "application/x-ndjson"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((1L, 1L, 1L), ((long)summary["claimsCreated"]!, (long)summary["reviewsCreated"]!, (long)summary["articlesCreated"]!));

        var imported = (await other.GetJsonAsync("/claims"))["items"]![0]!;
        Assert.Equal((string?)claim["text"], (string?)imported["text"]);
        Assert.Equal($"Minister {id}", (string?)imported["claimants"]![0]!["name"]);
        Assert.Equal((string?)quote["article"]!["url"], (string?)imported["firstAppearance"]!["url"]);
        var verdict = imported["verdicts"]![0]!;
        Assert.Equal(("False", 1, $"check-{id}.example"), ((string?)verdict["textualRating"], (int)verdict["ratingValue"]!, (string?)verdict["publisher"]!["domain"]));

        // The same feed again changes nothing.
        var again = await (await other.PostAsync("/imports?format=claimreview",
            new StringContent(string.Join("\n", lines) + "\n", Encoding.UTF8, "application/x-ndjson"))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((0L, 0L), ((long)again["claimsCreated"]!, (long)again["reviewsCreated"]!));
    }

    [Fact]
    public async Task A_claimreview_line_without_claim_reviewed_or_with_a_rating_off_its_scale_rejects_the_import()
    {
        var good = """{"@type":"ClaimReview","claimReviewed":"The moon is made of cheese","url":"https://check.example/moon","datePublished":"2024-01-01","author":{"@type":"Organization","name":"Check","url":"https://check.example"},"reviewRating":{"@type":"Rating","alternateName":"False","ratingValue":1,"bestRating":5,"worstRating":1}}""";
        var missing = good.Replace("\"claimReviewed\":\"The moon is made of cheese\",", "");
        var offScale = good.Replace("\"ratingValue\":1", "\"ratingValue\":9");

        var problem = await (await client.PostAsync("/imports?format=claimreview",
            new StringContent($"{good}\n{missing}\n{offScale}\nnot json\n", Encoding.UTF8, "application/x-ndjson"))).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["line 2", "line 3", "line 4"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("claimReviewed", (string?)problem["errors"]!["line 2"]![0]);
        Assert.Contains("ratingValue", (string?)problem["errors"]!["line 3"]![0]);
        Assert.Empty((await client.GetJsonAsync("/claims/search?query=" + Uri.EscapeDataString("the moon is made of cheese")))["items"]!.AsArray());
    }

    [Fact]
    public async Task Claim_search_filters_like_googles_and_by_claimant()
    {
        var (quote, checker, id) = await QuotedAsync("Bread prices rose by forty percent in the capital during the winter months");
        var claim = await (await client.PostJsonAsync("/claims", new { quoteId = quote.Id(), language = "en" })).JsonAsync(HttpStatusCode.Created);
        await (await client.PostJsonAsync($"/claims/{claim.Id()}/reviews", Review(checker.Id(), id, "Half true", 3))).JsonAsync(HttpStatusCode.Created);
        async Task<List<long>> Search(string query) =>
            (await client.GetJsonAsync($"/claims/search?query={Uri.EscapeDataString("bread prices rose forty percent in the capital")}{query}"))["items"]!
                .AsArray().Select(i => i!["claim"]!.Id()).ToList();

        Assert.Contains(claim.Id(), await Search(""));
        Assert.Contains(claim.Id(), await Search($"&reviewPublisherSiteFilter=check-{id}.example&rating=half%20TRUE&languageCode=en"));
        Assert.Contains(claim.Id(), await Search($"&claimantId={quote["speakers"]![0]!.Id()}&maxAgeDays=36500"));
        Assert.DoesNotContain(claim.Id(), await Search("&reviewPublisherSiteFilter=elsewhere.example"));
        Assert.DoesNotContain(claim.Id(), await Search("&rating=True"));
        Assert.DoesNotContain(claim.Id(), await Search("&claimantId=987654321"));
        Assert.DoesNotContain(claim.Id(), await Search("&maxAgeDays=1"));
        await (await client.GetAsync("/claims/search")).ProblemForAsync(HttpStatusCode.BadRequest, "query");
    }

    /// <summary>The ways a sentence circulates altered, as SearchTests alters quotes: each changes at most a fifth of the words.</summary>
    private static string Alter(string text, string how)
    {
        var words = text.Split(' ').ToList();
        switch (how)
        {
            case "fragment": return string.Join(' ', words.Skip(2).Take(words.Count - 4));
            case "dropped": words.RemoveAt(3); words.RemoveAt(7); break;
            case "added": words.Insert(4, "really"); words.Insert(9, "indeed"); break;
            case "replaced": words[5] = "cheapest"; words[10] = "northern"; break;
            case "typo": words[1] = words[1][..^1] + "x"; words[8] = words[8].Insert(2, "e"); break;
            case "reordered": (words[6], words[7]) = (words[7], words[6]); break;
        }
        return string.Join(' ', words);
    }

    [Fact]
    public async Task Has_this_been_checked_finds_the_claim_for_altered_sentences_with_its_verdicts()
    {
        var sentences = new[]
        {
            "Hospital waiting lists in the southern region have doubled since the new funding formula was introduced",
            "The national railway carried more passengers last year than in any year since records began",
            "Three quarters of the new homes built this decade were sold to buyers from outside the country",
        };
        var kinds = new[] { "fragment", "dropped", "added", "replaced", "typo", "reordered" };
        var found = 0;
        foreach (var sentence in sentences)
        {
            var (quote, checker, id) = await QuotedAsync(sentence);
            var claim = await (await client.PostJsonAsync("/claims", new { quoteId = quote.Id() })).JsonAsync(HttpStatusCode.Created);
            await (await client.PostJsonAsync($"/claims/{claim.Id()}/reviews", Review(checker.Id(), id))).JsonAsync(HttpStatusCode.Created);
            foreach (var kind in kinds)
            {
                var matches = (await (await client.PostJsonAsync("/claims/match", new { text = Alter(sentence, kind) })).JsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
                if (matches.FirstOrDefault()?["claim"]!.Id() == claim.Id())
                {
                    found++;
                    Assert.Equal("False", (string?)matches[0]!["claim"]!["verdicts"]![0]!["textualRating"]);
                }
            }
        }
        // The same recall@1 as GET /quotes/search on these alterations (every one found).
        Assert.Equal(sentences.Length * kinds.Length, found);
        var reader = (await api.ClientWithRoleAsync("reader")).Client;
        Assert.Equal(HttpStatusCode.OK, (await reader.PostJsonAsync("/claims/match", new { text = sentences[0] })).StatusCode);
    }
}
