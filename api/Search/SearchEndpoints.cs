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

    /// <summary>Below this a match that is not exact is <see cref="MatchKind.Weak"/>.</summary>
    public const double WeakBelow = 0.6;

    /// <summary>How many candidates, by shared word pairs, are rescored word by word.</summary>
    private const int Candidates = 25;

    public static IEndpointRouteBuilder MapSearch(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/quotes").WithTags("Search").WithValidation().WithReadWriteAccess().IsExpensive();

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

    /// <summary>The text's content words for the fallback, stop words left out, the longest (the rarest, as a rule) first;
    /// with how many quotes hold each, as ANALYZE estimated it for the commonest words of quotes.search (0 for the rest).</summary>
    private const string SelectContentWords = """
        with common as (
            select w.word, w.share::float8 * c.reltuples as quotes
            from pg_stats s
            join pg_class c on c.oid = 'quotes'::regclass
            cross join unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) w(word, share)
            where s.schemaname = current_schema() and s.tablename = 'quotes' and s.attname = 'search')
        select content.w as word, coalesce(common.quotes, 0) as quotes
        from (select distinct w from unnest(quote_words(@Text)) w where not is_stop_word(w)) content
        left join common on common.word = content.w
        order by length(content.w) desc, content.w
        limit @FallbackWords
        """;

    /// <summary>Candidates share word pairs (@Shingles, <see cref="SearchWords.Shingles"/>) with the text; the more they
    /// share, the likelier they are the source.</summary>
    internal const string SelectCandidates = """
        select c.id, c.text, c.shared
        from quote_candidates(@Shingles, @SpeakerId, @From, @To, @Candidates) c
        order by c.shared desc, c.id
        """;

    /// <summary>When no quote shares two pairs of content words with the text: quotes with its content words, those with
    /// all of them (@Words joined by &amp;) first, else the best ranked with any of them (joined by |) that are not common
    /// (<see cref="Uncommon"/>). Only the first @Scanned quotes that match are ranked, so that common words cannot make it
    /// rank a whole table.</summary>
    private const string SelectCandidatesByWords = """
        with query as materialized (select to_tsquery('simple', @Words) as words),
        matching as (
            select q.id, q.text, q.search
            from query
            cross join quotes q
            where q.search @@ query.words
              and q.retracted_at is null
              and (@SpeakerId::bigint is null or exists (select 1 from quote_speakers s where s.quote_id = q.id and s.speaker_id = @SpeakerId))
              and (@From::date is null or q.said_day >= @From)
              and (@To::date is null or q.said_day <= @To)
            limit @Scanned
        )
        select m.id, m.text
        from matching m cross join query
        order by ts_rank(m.search, query.words) desc, m.id
        limit @Candidates
        """;

    /// <summary>At most this many quotes matching the fallback's words are ranked.</summary>
    private const int Scanned = 2000;

    /// <summary>The fallback looks for at most this many content words of the text, the longest (the rarest, as a rule).</summary>
    private const int FallbackWords = 12;

    /// <summary>A content word of the text, and about how many quotes hold it (0 when it is not among the commonest).</summary>
    private sealed record ContentWord
    {
        public string Word { get; init; } = "";
        public double Quotes { get; init; }
    }

    /// <summary>Whether a word may stand alone in the any-word fallback: not in more quotes than the fallback ranks. A GIN
    /// index answers "any of these words" by collecting every quote that holds any of them, so one word of 50,000 quotes
    /// made that query take 10-100 ms at a million quotes (the AND of the same words skips through them and takes 1 ms),
    /// and the 2,000 it ranked were whichever came first, not the text's source.</summary>
    private static bool Uncommon(ContentWord word) => word.Quotes <= Scanned;

    private sealed record Candidate
    {
        public long Id { get; init; }
        public string Text { get; init; } = "";
        public int Shared { get; init; }
    }

    internal static async Task<Ok<SearchResponse>> SearchQuotes([AsParameters] SearchQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var matches = await MatchAsync(connection, query.Text!, query.SpeakerId, query.From, query.To, ct);
        var quotes = await QuoteStore.GetManyAsync(connection,
            matches.Where(m => m.Score >= (query.MinScore ?? 0)).Take(query.Limit ?? 10).Select(m => m.Id).ToArray(), ct);
        var results = matches.Where(m => quotes.ContainsKey(m.Id) && m.Score >= (query.MinScore ?? 0))
            .Select(m => new SearchResult { Quote = quotes[m.Id], Score = Math.Round(m.Score, 3), Match = Strength(m) })
            .OrderByDescending(r => r.Score).ThenBy(r => FirstSeen(r.Quote)).ThenBy(r => r.Quote.Id)
            .Take(query.Limit ?? 10)
            .ToList();
        return TypedResults.Ok(new SearchResponse(results));
    }

    internal static async Task<Results<Ok<AppearancesResponse>, ProblemHttpResult>> ListAppearances(long id, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (await QuoteStore.GetAsync(connection, id, ct) is not { } quote) return Problems.NotFound("quote", id);

        var matches = (await MatchAsync(connection, quote.Text, null, null, null, ct)).Where(m => m.Score >= AppearanceThreshold || m.Id == id).ToList();
        var copies = await QuoteStore.GetManyAsync(connection, matches.Select(m => m.Id).Append(id).Distinct().ToArray(), ct);
        var speakers = quote.Speakers.Select(s => s.Id).ToHashSet();
        var appearances = matches.Where(m => m.Id != id).Prepend(new Match(id, 1.0, true))
            .Select(m => new Appearance
            {
                Quote = copies[m.Id], Score = Math.Round(m.Score, 3), Match = Strength(m),
                DifferentSpeaker = !copies[m.Id].Speakers.Any(s => speakers.Contains(s.Id)),
            })
            .OrderBy(a => FirstSeen(a.Quote)).ThenBy(a => a.Quote.Id)
            .ToList();
        return TypedResults.Ok(new AppearancesResponse(appearances));
    }

    internal readonly record struct Match(long Id, double Score, bool Exact);

    private static MatchKind Strength(Match match) =>
        match.Exact ? MatchKind.Exact : match.Score >= WeakBelow ? MatchKind.Altered : MatchKind.Weak;

    /// <summary>Scores the candidates against the text, best first.</summary>
    internal static async Task<List<Match>> MatchAsync(NpgsqlConnection connection, string text, long? speakerId, DateOnly? from, DateOnly? to,
        CancellationToken ct)
    {
        var query = SearchWords.Of(text);
        var parameters = new
        {
            Text = text, Shingles = SearchWords.Shingles(query), SpeakerId = speakerId, From = from, To = to, Candidates, Scanned, FallbackWords,
            Words = "",
        };
        var candidates = parameters.Shingles.Length == 0 ? []
            : (await connection.QueryAsync<Candidate>(new CommandDefinition(SelectCandidates, parameters, cancellationToken: ct))).AsList();
        // Short or heavily altered texts may share no two pairs with their source: look for its words then.
        if (candidates.Count == 0 || candidates[0].Shared < 2)
        {
            var words = (await connection.QueryAsync<ContentWord>(new CommandDefinition(SelectContentWords, parameters, cancellationToken: ct))).AsList();
            if (words.Count > 0)
            {
                var all = await connection.QueryAsync<Candidate>(new CommandDefinition(SelectCandidatesByWords,
                    parameters with { Words = string.Join(" & ", words.Select(w => w.Word)) }, cancellationToken: ct));
                var uncommon = words.Where(Uncommon).Select(w => w.Word).ToList();
                candidates.AddRange(all.Any() || uncommon.Count == 0 ? all : await connection.QueryAsync<Candidate>(new CommandDefinition(
                    SelectCandidatesByWords, parameters with { Words = string.Join(" | ", uncommon) }, cancellationToken: ct)));
            }
        }
        var typos = new WordAlignment.Typos();
        return candidates.DistinctBy(c => c.Id)
            .Select(c => (c.Id, Result: WordAlignment.Compare(query, SearchWords.Of(c.Text), typos, ct)))
            .Where(c => c.Result.Score > 0)
            .Select(c => new Match(c.Id, c.Result.Score, c.Result.Exact))
            .OrderByDescending(m => m.Score).ThenBy(m => m.Id)
            .ToList();
    }

    private static DateTimeOffset FirstSeen(QuoteResponse quote) =>
        quote.SaidOn is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : quote.Article.PublishedAt ?? DateTimeOffset.MaxValue;
}
