using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Attribution.Api.Quotes;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Search;

public static class SearchEndpoints
{
    /// <summary>Copies scoring at least this are the same quote appearing again.</summary>
    public const double AppearanceThreshold = 0.75;

    private const int Candidates = 100;

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/quotes").WithTags("Search").WithValidation().WithReadWriteAccess();

        group.MapGet("/search", SearchQuotes).WithName("SearchQuotes").WithSummary("Who said this?")
            .WithDescription("""
                Finds the stored quotes that the text going around comes from, even altered: a fragment of 6 or more
                words, words dropped, added, replaced or reordered (up to a fifth), typos, other quote marks. Results are
                ranked by score (0 to 1), then first appearance first; `match` is `exact` when the words are the same.
                Retracted quotes are left out. Fewer than 3 words is a 400.
                """);
        group.MapGet("/{id:long}/appearances", ListAppearances).WithName("ListAppearances").WithSummary("Where else did this quote appear?")
            .WithDescription("""
                Every stored quote with the same or near-identical text (score 0.75 or more), this one included, earliest
                article first; `differentSpeaker` flags copies credited to none of this quote's speakers (a possible
                misattribution).
                """);
        return routes;
    }

    /// <summary>Candidates share word pairs with the text; the more they share, the likelier they are the source.</summary>
    private const string SelectCandidates = """
        with query as (select quote_shingles(@Text) as shingles)
        select q.id, quote_words(q.text) as words
        from quotes q
        join articles a on a.id = q.article_id
        cross join query
        where q.shingles && query.shingles
          and q.retracted_at is null
          and (@SpeakerId::bigint is null or exists (select 1 from quote_speakers s where s.quote_id = q.id and s.speaker_id = @SpeakerId))
          and (@From::date is null or coalesce(q.said_on, a.published_at::date) >= @From)
          and (@To::date is null or coalesce(q.said_on, a.published_at::date) <= @To)
        order by icount(q.shingles & query.shingles) desc, q.id
        limit @Candidates
        """;

    private const string SelectWords = "select quote_words(@Text)";

    private sealed record Candidate
    {
        public long Id { get; init; }
        public string[] Words { get; init; } = [];
    }

    internal static async Task<Ok<SearchResponse>> SearchQuotes([AsParameters] SearchQuery query, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var matches = await MatchAsync(connection, query.Text!, query.SpeakerId, query.From, query.To, ct);
        var quotes = await QuoteStore.GetManyAsync(connection, matches.Take(query.Limit ?? 10).Select(m => m.Id).ToArray(), ct);
        var results = matches.Where(m => quotes.ContainsKey(m.Id))
            .Select(m => new SearchResult { Quote = quotes[m.Id], Score = Math.Round(m.Score, 3), Match = m.Exact ? MatchKind.Exact : MatchKind.Altered })
            .OrderByDescending(r => r.Score).ThenBy(r => FirstSeen(r.Quote)).ThenBy(r => r.Quote.Id)
            .Take(query.Limit ?? 10)
            .ToList();
        return TypedResults.Ok(new SearchResponse(results));
    }

    internal static async Task<Results<Ok<AppearancesResponse>, ProblemHttpResult>> ListAppearances(long id, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (await QuoteStore.GetAsync(connection, id, ct) is not { } quote) return Problems.NotFound("quote", id);

        var matches = (await MatchAsync(connection, quote.Text, null, null, null, ct)).Where(m => m.Score >= AppearanceThreshold || m.Id == id).ToList();
        var copies = await QuoteStore.GetManyAsync(connection, matches.Select(m => m.Id).Append(id).Distinct().ToArray(), ct);
        var speakers = quote.Speakers.Select(s => s.Id).ToHashSet();
        var appearances = matches.Where(m => m.Id != id).Prepend(new Match(id, 1.0, true))
            .Select(m => new Appearance
            {
                Quote = copies[m.Id], Score = Math.Round(m.Score, 3), Match = m.Exact ? MatchKind.Exact : MatchKind.Altered,
                DifferentSpeaker = !copies[m.Id].Speakers.Any(s => speakers.Contains(s.Id)),
            })
            .OrderBy(a => FirstSeen(a.Quote)).ThenBy(a => a.Quote.Id)
            .ToList();
        return TypedResults.Ok(new AppearancesResponse(appearances));
    }

    private readonly record struct Match(long Id, double Score, bool Exact);

    /// <summary>Scores the candidates against the text, best first.</summary>
    private static async Task<List<Match>> MatchAsync(NpgsqlConnection connection, string text, long? speakerId, DateOnly? from, DateOnly? to,
        CancellationToken ct)
    {
        var words = await connection.ExecuteScalarAsync<string[]>(new CommandDefinition(SelectWords, new { Text = text }, cancellationToken: ct));
        var candidates = await connection.QueryAsync<Candidate>(new CommandDefinition(SelectCandidates,
            new { Text = text, SpeakerId = speakerId, From = from, To = to, Candidates }, cancellationToken: ct));
        return candidates
            .Select(c => (c.Id, Result: WordAlignment.Compare(words!, c.Words)))
            .Where(c => c.Result.Score > 0)
            .Select(c => new Match(c.Id, c.Result.Score, c.Result.Exact))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Id)
            .ToList();
    }

    private static DateTimeOffset FirstSeen(QuoteResponse quote) =>
        quote.SaidOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : quote.Article.PublishedAt ?? DateTimeOffset.MaxValue;
}
