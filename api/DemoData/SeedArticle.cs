using System.Text.Json;
using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Attribution.Api.Quotes;
using Attribution.Api.Speakers;
using Dapper;
using Npgsql;

namespace Attribution.Api.DemoData;

/// <summary>
/// Loads the seed article (a captured BLiTZ page with 11 hand-checked quotes) once, so that a newcomer sees real data.
/// The capture has no URL or date; the URL below is the outlet's address for the title, and the date is left unknown.
/// </summary>
public static class SeedArticle
{
    public const string Url = "https://www.weeklyblitz.net/afghanistan-under-taliban-good-news-for-islamist-terrorist-groups";

    private const string UpsertOutlet = """
        insert into outlets (name, domain, country) values ('BLiTZ', 'weeklyblitz.net', 'BD')
        on conflict (domain) do update set name = excluded.name
        returning id
        """;

    private const string InsertArticle = """
        insert into articles (url, title, outlet_id, authors, language, body)
        values (@Url, @Title, @OutletId, @Authors, 'en', @Body)
        on conflict (url) do nothing
        returning id
        """;

    private static readonly Actor Actor = Actor.System("demo data");

    /// <summary>The annotation format of gold.json (offsets in code points), shared by the extraction corpus.</summary>
    public sealed record Gold(string Title, string? Byline, GoldQuote[] Quotes);

    public sealed record GoldQuote(string Text, int Start, int End, QuoteKind Kind, GoldSpeaker[] Speakers, string? Verb);

    public sealed record GoldSpeaker(string Name, SpeakerKind Kind, string? Affiliation);

    public static string Page() => Read("page.txt");

    public static Gold GoldQuotes() => ParseGold(Read("gold.json"));

    public static Gold ParseGold(string json)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
        return JsonSerializer.Deserialize<Gold>(json, options)!;
    }

    public static async Task LoadAsync(IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<NpgsqlDataSource>();
        var gold = GoldQuotes();
        var (connection, transaction) = await db.BeginWriteAsync(ct);
        await using (connection)
        await using (transaction)
        {
            var outletId = await connection.ExecuteScalarAsync<long>(new CommandDefinition(UpsertOutlet, transaction: transaction, cancellationToken: ct));
            var articleId = await connection.ExecuteScalarAsync<long?>(new CommandDefinition(InsertArticle,
                new { Url, gold.Title, OutletId = outletId, Authors = new[] { gold.Byline! }, Body = Page() }, transaction, cancellationToken: ct));
            if (articleId is null) return; // loaded before

            var write = new Write(connection, transaction, Actor, ct);
            await write.AuditAsync("outlet", outletId, AuditAction.Create, null, await connection.QuerySingleAsync<Outlets.OutletResponse>(
                write.Command($"select {Outlets.OutletEndpoints.Columns} from outlets where id = @Id", new { Id = outletId })));
            await write.AuditAsync("article", articleId.Value, AuditAction.Create, null, await connection.QuerySingleAsync<Articles.ArticleResponse>(
                write.Command($"select {Articles.ArticleEndpoints.Columns} from articles where id = @Id", new { Id = articleId })));
            foreach (var (quote, index) in gold.Quotes.Select((q, i) => (q, i)))
            {
                var saved = await QuoteStore.SaveAsync(write, ToRequest(quote, articleId.Value), null);
                if (saved.Errors is not null)
                    throw new InvalidOperationException($"Seed quote {index} does not fit its article: {JsonSerializer.Serialize(saved.Errors)}");
                await write.AuditAsync("quote", saved.Id, AuditAction.Create, null, await QuoteStore.GetAsync(write, saved.Id));
            }
            await transaction.CommitAsync(ct);
        }
    }

    public static QuoteRequest ToRequest(GoldQuote quote, long articleId) => new()
    {
        ArticleId = articleId, Text = quote.Text, Kind = quote.Kind, Verb = quote.Verb, Start = quote.Start, End = quote.End,
        Speakers = quote.Speakers.Select(s => new QuoteSpeakerRequest { Name = s.Name, Kind = s.Kind, Role = s.Affiliation }).ToArray(),
    };

    private static string Read(string name)
    {
        using var stream = typeof(SeedArticle).Assembly.GetManifestResourceStream($"seed-article.{name}")
            ?? throw new InvalidOperationException($"seed-article.{name} is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
