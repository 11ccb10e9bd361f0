using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using Attribution.Api.Search;
using Attribution.Api.Speakers;
using Dapper;
using Npgsql;

namespace Attribution.Api.Claims;

/// <summary>The SQL of claims and their fact-checks: reading a claim whole, and matching text to claims.</summary>
public static class ClaimStore
{
    private const string SelectClaims = """
        select id, text, language, created_at, updated_at, retracted_at, retraction_reason, retracted_by, xmin::text::bigint as version
        from claims where id = any(@Ids)
        """;

    private const string SelectClaimants = """
        select cc.claim_id, s.id, s.name, s.kind, s.wikidata_id
        from claim_claimants cc join speakers s on s.id = cc.speaker_id
        where cc.claim_id = any(@Ids)
        order by cc.claim_id, cc.position
        """;

    private const string SelectQuoteLinks = "select claim_id, quote_id from claim_quotes where claim_id = any(@Ids) order by claim_id, quote_id";

    private const string SelectAppearanceArticles = """
        select ca.claim_id, a.id as article_id, a.url, a.title, a.published_at, o.name as outlet
        from claim_appearances ca join articles a on a.id = ca.article_id left join outlets o on o.id = a.outlet_id
        where ca.claim_id = any(@Ids)
        """;

    /// <summary>The latest review of each publisher.</summary>
    private const string SelectVerdicts = """
        select distinct on (r.claim_id, r.publisher_id)
               r.claim_id, r.id as review_id, r.textual_rating, r.rating_value, r.best_rating, r.worst_rating, r.review_date, r.url,
               o.id as publisher_id, o.name as publisher_name, o.domain as publisher_domain
        from claim_reviews r join outlets o on o.id = r.publisher_id
        where r.claim_id = any(@Ids)
        order by r.claim_id, r.publisher_id, r.review_date desc, r.id desc
        """;

    private const string LockClaim = "select id from claims where id = @Id for update";

    public const string ReviewColumns = """
        r.id, r.claim_id, r.url, r.title, r.author, r.review_date, r.textual_rating, r.rating_value, r.best_rating, r.worst_rating,
        r.explanation, r.language, r.created_at, r.updated_at, r.xmin::text::bigint as version,
        o.id as publisher_id, o.name as publisher_name, o.domain as publisher_domain
        """;

    /// <summary>How claims are changed: locked with their row, frozen once retracted.</summary>
    public static readonly Stored<ClaimResponse> Stored = new("claim", LockAsync,
        claim => claim.Retraction is null ? null : $"Claim {claim.Id} is retracted; it stays on record as it was and cannot be changed.");

    public static async Task<ClaimResponse?> LockAsync(Write write, long id) =>
        await write.Connection.ExecuteScalarAsync<long?>(write.Command(LockClaim, new { Id = id })) is null
            ? null : await GetAsync(write.Connection, id, write.Ct);

    public static async Task<ClaimResponse?> GetAsync(NpgsqlConnection connection, long id, CancellationToken ct) =>
        (await GetManyAsync(connection, [id], ct)).GetValueOrDefault(id);

    private sealed record ClaimRow
    {
        public long Id { get; init; }
        public string Text { get; init; } = "";
        public string? Language { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public DateTimeOffset? RetractedAt { get; init; }
        public string? RetractionReason { get; init; }
        public string? RetractedBy { get; init; }
        public long Version { get; init; }
    }

    private sealed record ClaimantRow
    {
        public long ClaimId { get; init; }
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public string Kind { get; init; } = "";
        public string? WikidataId { get; init; }
    }

    private sealed record ArticleRow
    {
        public long ClaimId { get; init; }
        public long ArticleId { get; init; }
        public string Url { get; init; } = "";
        public string? Title { get; init; }
        public DateTimeOffset? PublishedAt { get; init; }
        public string? Outlet { get; init; }
    }

    private sealed record VerdictRow
    {
        public long ClaimId { get; init; }
        public long ReviewId { get; init; }
        public string TextualRating { get; init; } = "";
        public int? RatingValue { get; init; }
        public int? BestRating { get; init; }
        public int? WorstRating { get; init; }
        public DateOnly ReviewDate { get; init; }
        public string Url { get; init; } = "";
        public long PublisherId { get; init; }
        public string PublisherName { get; init; } = "";
        public string? PublisherDomain { get; init; }
    }

    /// <summary>The claims with these ids, whole, by id.</summary>
    public static async Task<Dictionary<long, ClaimResponse>> GetManyAsync(NpgsqlConnection connection, long[] ids, CancellationToken ct)
    {
        if (ids.Length == 0) return [];
        var sql = string.Join(";\n", SelectClaims, SelectClaimants, SelectQuoteLinks, SelectAppearanceArticles, SelectVerdicts);
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(sql, new { Ids = ids }, cancellationToken: ct));
        var claims = (await results.ReadAsync<ClaimRow>()).AsList();
        var claimants = (await results.ReadAsync<ClaimantRow>()).ToLookup(c => c.ClaimId);
        var links = (await results.ReadAsync<(long ClaimId, long QuoteId)>()).ToLookup(l => l.ClaimId, l => l.QuoteId);
        var articles = (await results.ReadAsync<ArticleRow>()).ToLookup(a => a.ClaimId);
        var verdicts = (await results.ReadAsync<VerdictRow>()).ToLookup(v => v.ClaimId);
        var quotes = await QuoteStore.GetManyAsync(connection, links.SelectMany(l => l).Distinct().ToArray(), ct);

        return claims.ToDictionary(c => c.Id, c =>
        {
            var claimQuotes = links[c.Id].Select(id => quotes[id]).ToList();
            var appearances = claimQuotes
                .Select(q => (When: (DateTimeOffset?)(q.SaidOn?.ToDateTime(TimeOnly.MinValue) is { } day ? new DateTimeOffset(day, TimeSpan.Zero) : q.Article.PublishedAt),
                    Appearance: new ClaimAppearance
                    {
                        ArticleId = q.ArticleId, Url = q.Article.Url, Title = q.Article.Title, Outlet = q.Article.Outlet?.Name,
                        PublishedAt = q.Article.PublishedAt, QuoteId = q.Id,
                    }))
                .Concat(articles[c.Id].Where(a => claimQuotes.All(q => q.ArticleId != a.ArticleId)).Select(a => (When: a.PublishedAt,
                    Appearance: new ClaimAppearance { ArticleId = a.ArticleId, Url = a.Url, Title = a.Title, Outlet = a.Outlet, PublishedAt = a.PublishedAt })))
                .OrderBy(a => a.When ?? DateTimeOffset.MaxValue).ThenBy(a => a.Appearance.ArticleId).ThenBy(a => a.Appearance.QuoteId)
                .Select(a => a.Appearance).ToList();
            return new ClaimResponse
            {
                Id = c.Id, Text = c.Text, Language = c.Language, CreatedAt = c.CreatedAt, UpdatedAt = c.UpdatedAt, Version = c.Version,
                Claimants = claimants[c.Id].Select(s => new Claimant
                {
                    Id = s.Id, Name = s.Name, Kind = Enum.Parse<SpeakerKind>(s.Kind, ignoreCase: true), WikidataId = s.WikidataId,
                }).ToList(),
                Quotes = claimQuotes,
                Appearances = appearances,
                FirstAppearance = appearances.FirstOrDefault(),
                Verdicts = verdicts[c.Id].OrderByDescending(v => v.ReviewDate).ThenByDescending(v => v.ReviewId).Select(v => new LatestVerdict
                {
                    ReviewId = v.ReviewId, TextualRating = v.TextualRating, RatingValue = v.RatingValue, BestRating = v.BestRating,
                    WorstRating = v.WorstRating, ReviewDate = v.ReviewDate, Url = v.Url,
                    Publisher = new ReviewPublisher { Id = v.PublisherId, Name = v.PublisherName, Domain = v.PublisherDomain },
                }).ToList(),
                Retraction = c.RetractedAt is { } at ? new QuoteRetraction { Reason = c.RetractionReason!, RetractedBy = c.RetractedBy!, RetractedAt = at } : null,
            };
        });
    }

    private sealed record ReviewRow
    {
        public long Id { get; init; }
        public long ClaimId { get; init; }
        public string Url { get; init; } = "";
        public string? Title { get; init; }
        public string? Author { get; init; }
        public DateOnly ReviewDate { get; init; }
        public string TextualRating { get; init; } = "";
        public int? RatingValue { get; init; }
        public int? BestRating { get; init; }
        public int? WorstRating { get; init; }
        public string? Explanation { get; init; }
        public string? Language { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public long Version { get; init; }
        public long PublisherId { get; init; }
        public string PublisherName { get; init; } = "";
        public string? PublisherDomain { get; init; }

        public FactCheckResponse ToResponse() => new()
        {
            Id = Id, ClaimId = ClaimId, Url = Url, Title = Title, Author = Author, ReviewDate = ReviewDate, TextualRating = TextualRating,
            RatingValue = RatingValue, BestRating = BestRating, WorstRating = WorstRating, Explanation = Explanation, Language = Language,
            CreatedAt = CreatedAt, UpdatedAt = UpdatedAt, Version = Version,
            Publisher = new ReviewPublisher { Id = PublisherId, Name = PublisherName, Domain = PublisherDomain },
        };
    }

    /// <summary>The fact-checks of a claim (or the one with <paramref name="reviewId"/>), oldest first.</summary>
    public static async Task<List<FactCheckResponse>> ReviewsAsync(NpgsqlConnection connection, long claimId, long? reviewId, bool forUpdate,
        CancellationToken ct)
    {
        var sql = $"""
            select {ReviewColumns} from claim_reviews r join outlets o on o.id = r.publisher_id
            where r.claim_id = @ClaimId and (@ReviewId::bigint is null or r.id = @ReviewId)
            order by r.review_date, r.id
            {(forUpdate ? "for update of r" : "")}
            """;
        return (await connection.QueryAsync<ReviewRow>(new CommandDefinition(sql, new { ClaimId = claimId, ReviewId = reviewId }, cancellationToken: ct)))
            .Select(r => r.ToResponse()).ToList();
    }

    /// <summary>Claims sharing word pairs with the text, or failing that its words; retracted ones left out.</summary>
    private const string SelectCandidates = """
        with query as materialized (select quote_shingles(@Text) as shingles, quote_words(@Text) as words)
        select c.id, c.text
        from claims c, query
        where c.retracted_at is null
          and (c.shingles && query.shingles
               or cardinality(query.shingles) = 0 and c.search @@ to_tsquery('simple', array_to_string(query.words, ' | ')))
        order by icount(c.shingles & query.shingles) desc, c.id
        limit 50
        """;

    private const string SelectClaimsOfQuotes = """
        select cq.claim_id, cq.quote_id from claim_quotes cq join claims c on c.id = cq.claim_id
        where cq.quote_id = any(@Ids) and c.retracted_at is null
        """;

    /// <summary>The claims among <c>@Ids</c> that pass the filters of a claim search.</summary>
    private const string FilterClaims = """
        select c.id from claims c
        where c.id = any(@Ids)
          and (@IncludeRetracted or c.retracted_at is null)
          and (@Language::text is null or lower(c.language) = lower(@Language))
          and (@ClaimantId::bigint is null or exists (select 1 from claim_claimants cc where cc.claim_id = c.id and cc.speaker_id = @ClaimantId))
          and (@Site::text is null and @Rating::text is null and @MaxAgeDays::integer is null or exists (
                select 1 from claim_reviews r join outlets o on o.id = r.publisher_id
                where r.claim_id = c.id
                  and (@Site::text is null or o.domain = @Site)
                  and (@Rating::text is null or lower(r.textual_rating) = lower(@Rating))
                  and (@MaxAgeDays::integer is null or r.review_date >= current_date - @MaxAgeDays::integer)))
        """;

    public sealed record Filters(string? Language, long? ClaimantId, string? Site, string? Rating, int? MaxAgeDays, bool IncludeRetracted = false);

    private sealed record Candidate
    {
        public long Id { get; init; }
        public string Text { get; init; } = "";
    }

    /// <summary>
    /// The claims a text matches, best first: each scored like GET /quotes/search, against the claim's own words and the
    /// words of the quotes that make it (the better of the two); then the filters.
    /// </summary>
    public static async Task<List<(long Id, double Score, bool Exact)>> MatchAsync(NpgsqlConnection connection, string text, Filters filters,
        CancellationToken ct)
    {

        var scores = new Dictionary<long, (double Score, bool Exact)>();
        void Keep(long id, double score, bool exact)
        {
            if (!scores.TryGetValue(id, out var best) || score > best.Score) scores[id] = (score, exact);
        }

        var words = SearchWords.Of(text);
        var typos = new WordAlignment.Typos();
        foreach (var candidate in await connection.QueryAsync<Candidate>(new CommandDefinition(SelectCandidates, new { Text = text }, cancellationToken: ct)))
        {
            var result = WordAlignment.Compare(words, SearchWords.Of(candidate.Text), typos, ct);
            if (result.Score > 0) Keep(candidate.Id, result.Score, result.Exact);
        }
        var quotes = await SearchEndpoints.MatchAsync(connection, text, null, null, null, ct);
        var quoteScores = quotes.ToDictionary(q => q.Id);
        foreach (var (claimId, quoteId) in await connection.QueryAsync<(long, long)>(new CommandDefinition(SelectClaimsOfQuotes,
                     new { Ids = quoteScores.Keys.ToArray() }, cancellationToken: ct)))
            Keep(claimId, quoteScores[quoteId].Score, quoteScores[quoteId].Exact);

        var kept = (await connection.QueryAsync<long>(new CommandDefinition(FilterClaims, new
        {
            Ids = scores.Keys.ToArray(), filters.Language, filters.ClaimantId, filters.Site, filters.Rating, filters.MaxAgeDays, filters.IncludeRetracted,
        }, cancellationToken: ct))).ToHashSet();
        return scores.Where(s => kept.Contains(s.Key)).OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key)
            .Select(s => (s.Key, Math.Round(s.Value.Score, 3), s.Value.Exact)).ToList();
    }
}
