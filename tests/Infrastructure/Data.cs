using System.Net;
using System.Text.Json.Nodes;

namespace Attribution.Tests.Infrastructure;

/// <summary>Creates the resources a test needs, through the API, with unique URLs and Wikidata ids.</summary>
public static class Data
{
    private static int counter;

    public static int Next() => Interlocked.Increment(ref counter);

    public static string UniqueUrl() => $"https://news.example.org/{Guid.NewGuid():N}";

    public static async Task<JsonNode> OutletAsync(this HttpClient client, string? domain = null) =>
        await (await client.PostJsonAsync("/outlets", new { name = "Example News", domain = domain ?? $"n{Guid.NewGuid():N}.example.org", country = "GB" }))
            .JsonAsync(HttpStatusCode.Created);

    public static async Task<JsonNode> ArticleAsync(this HttpClient client, string? body = null, long? outletId = null, string? url = null,
        DateTimeOffset? publishedAt = null, string? language = "en") =>
        await (await client.PostJsonAsync("/articles", new
        {
            url = url ?? UniqueUrl(), title = "A test article", outletId, body, publishedAt, authors = new[] { "A. Reporter" }, language,
        })).JsonAsync(HttpStatusCode.Created);

    public static async Task<JsonNode> SpeakerAsync(this HttpClient client, string name, string kind = "person", string[]? aliases = null,
        string? wikidataId = null) =>
        await (await client.PostJsonAsync("/speakers", new { name, kind, aliases = aliases ?? [], wikidataId }))
            .JsonAsync(HttpStatusCode.Created);

    public static async Task<JsonNode> QuoteAsync(this HttpClient client, object request) =>
        await (await client.PostJsonAsync("/quotes", request)).JsonAsync(HttpStatusCode.Created);
}
