using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Attribution.Api.Speakers;
using Dapper;
using Npgsql;

namespace Attribution.Api.Quotes;

/// <summary>The SQL of quotes: reading them with their article and speakers, and writing them whole.</summary>
public static class QuoteStore
{
    /// <summary>
    /// The WHERE clause of GET /quotes, over quotes q alone: only the filters given, so that each
    /// combination is its own statement with its own plan (a catch-all "@x is null or ..." clause gets one generic plan
    /// for all of them once prepared).
    /// </summary>
    private static string Where(FilterParameters p, params string[] more)
    {
        var where = new List<string>(more);
        if (p.After is not null) where.Add("q.id < @After");
        if (p.ArticleId is not null) where.Add("q.article_id = @ArticleId");
        if (p.SpeakerId is not null) where.Add("exists (select 1 from quote_speakers s where s.quote_id = q.id and s.speaker_id = @SpeakerId)");
        if (p.OutletId is not null) where.Add("q.outlet_id = @OutletId");
        if (p.Kind is not null) where.Add("q.kind = @Kind");
        if (p.From is not null) where.Add("q.said_day >= @From");
        if (p.To is not null) where.Add("q.said_day <= @To");
        if (p.Q is not null) where.Add("q.search @@ websearch_to_tsquery('simple', immutable_unaccent(@Q))");
        if (p.Status is not null) where.Add("q.review_status = @Status");
        if (!p.IncludeRetracted) where.Add("q.retracted_at is null");
        return where.Count == 0 ? "" : "where " + string.Join("\n  and ", where);
    }

    private const string QuoteColumns = """
        select q.id, q.article_id, q.text, q.kind, q.verb, q.start_offset, q.end_offset,
               q.selector_exact, q.selector_prefix, q.selector_suffix, q.stated_affiliation, q.said_on, q.created_at, q.updated_at,
               q.review_status, q.review_note, q.reviewed_by, q.reviewed_at, q.retracted_at, q.retraction_reason, q.retracted_by,
               q.xmin::text::bigint as version,
               a.title as article_title, a.url as article_url, a.published_at as article_published_at,
               o.id as outlet_id, o.name as outlet_name
        from quotes q
        join articles a on a.id = q.article_id
        left join outlets o on o.id = a.outlet_id
        """;

    /// <summary>The page's ids first, from the quotes table alone (every filter is a column of it), then their rows: asked
    /// for ids only, the planner may take them from an index without reading a row ("a speaker's quotes of one month":
    /// the day index with the speaker's entries, 5 ms at a million quotes, instead of walking all quotes newest first
    /// and reading each for its day, 30 to 150 ms).
    /// <para>Planned for its values every time: prepared (auto-prepare), a filter's statement would get one generic
    /// plan after five runs, made for no speaker or dates in particular; for "a speaker's quotes of one month" that plan
    /// reads all the speaker's index entries (12 ms at 200,000 quotes, 50 ms at a million, against 4 ms planned for the
    /// values). Reset after, as the pool does not reset a connection (<see cref="Database.ForService"/>).</para></summary>
    private static string SelectQuotes(FilterParameters filters) => $"""
        set plan_cache_mode = force_custom_plan;
        with page as ({PageIds(filters)})
        {QuoteColumns}
        where q.id in (select id from page)
        order by q.id desc;
        reset plan_cache_mode
        """;

    /// <summary>
    /// The ids of a page, newest first. A date range of a few months is read month by month, each month's entries newest
    /// first from the (month, id) index, and the months merged: the page stops after 51 entries, where the (day, id)
    /// index would give every entry of the range, to be sorted (67,000 for a month at ten million quotes). @Months are the
    /// range's months, as said_month() numbers them.
    /// </summary>
    private static string PageIds(FilterParameters filters) => filters.Months is not { } months
        ? $"""
            select q.id from quotes q
            {Where(filters)}
            order by q.id desc
            limit @Limit + 1
            """
        : $"""
            select id from ({string.Join("\n    union all\n", months.Select((_, i) => $"""
                (select q.id from quotes q
                {Where(filters, $"said_month(q.said_day) = (@Months::integer[])[{i + 1}]")}
                order by q.id desc
                limit @Limit + 1)
                """))}) months
            order by id desc
            limit @Limit + 1
            """;

    /// <summary>Quotes by id, retracted or not: its own plain query, so that the planner never weighs list filters.</summary>
    private const string SelectQuotesByIds = $"""
        {QuoteColumns}
        where q.id = any(@Ids)
        order by q.id desc
        """;

    private const string SelectQuotesForUpdate = $"{SelectQuotesByIds}\nfor update of q";

    private const string SelectQuoteSpeakers = """
        select qs.quote_id, s.id, s.name, s.kind, s.wikidata_id, qs.role, qs.mention,
               f.organisation as affiliation_organisation, f.role as affiliation_role
        from quote_speakers qs
        join speakers s on s.id = qs.speaker_id
        join quotes q on q.id = qs.quote_id
        left join lateral (
            select organisation, role from affiliations f
            where f.speaker_id = s.id
              and q.said_day between coalesce(f.valid_from, '-infinity') and coalesce(f.valid_to, 'infinity')
            order by f.valid_from desc nulls last, f.id desc
            limit 1
        ) f on true
        where qs.quote_id = any(@Ids)
        order by qs.quote_id, qs.position
        """;

    private const string SelectArticleBodyForShare = "select id, body from articles where id = @Id for share";

    /// <summary>
    /// A new quote with its speakers, in one statement (one round trip instead of three), unless a live quote of the
    /// article at the same place (the same text where there is no span) already has the same speakers: then nothing is
    /// inserted, and that quote's id is returned as existing_id. Every part of the statement reads the same snapshot, so
    /// the check sees only quotes stored before it, as the separate query did.
    /// </summary>
    private const string InsertQuoteUnlessStored = $"""
        with same as (
            select q.id from quotes q
            where q.article_id = @ArticleId and q.retracted_at is null
              and (case when @Start::integer is null then q.start_offset is null and q.text = @Text
                        else q.start_offset = @Start and q.end_offset = @End end)
              and array(select qs.speaker_id from quote_speakers qs where qs.quote_id = q.id order by qs.speaker_id)
                  = array(select unnest(@SpeakerIds::bigint[]) order by 1)
            limit 1
        ),
        saved as (
            insert into quotes (article_id, text, kind, verb, start_offset, end_offset, selector_exact, selector_prefix,
                                selector_suffix, stated_affiliation, said_on)
            select @ArticleId, @Text, @Kind, @Verb, @Start, @End, @Exact, @Prefix, @Suffix, @StatedAffiliation, @SaidOn
            where not exists (select from same)
            returning id
        ),
        speakers as (
            insert into quote_speakers (quote_id, speaker_id, position, role, mention)
            select saved.id, s.speaker_id, s.position - 1, s.role, s.mention
            from saved
            cross join {SpeakerRows}
        )
        select (select id from saved) as id, (select id from same) as existing_id
        """;

    /// <summary>Replaces a quote's columns and drops its speakers (the statement's CTE runs to completion with it), so
    /// that inserting the new speakers is the only other statement.</summary>
    private const string UpdateQuote = """
        with dropped_speakers as (delete from quote_speakers where quote_id = @Id)
        update quotes
        set article_id = @ArticleId, text = @Text, kind = @Kind, verb = @Verb, start_offset = @Start, end_offset = @End,
            selector_exact = @Exact, selector_prefix = @Prefix, selector_suffix = @Suffix,
            stated_affiliation = @StatedAffiliation, said_on = @SaidOn, updated_at = now()
        where id = @Id
        """;

    /// <summary>The speakers given, in their order from 1, with the role and mention given with each.</summary>
    private const string SpeakerRows =
        "unnest(@SpeakerIds::bigint[], @Roles::text[], @Mentions::text[]) with ordinality as s (speaker_id, role, mention, position)";

    private const string InsertQuoteSpeakers = $"""
        insert into quote_speakers (quote_id, speaker_id, position, role, mention)
        select @QuoteId, s.speaker_id, s.position - 1, s.role, s.mention
        from {SpeakerRows}
        """;

    private const string SelectArticleQuotesForUpdate = """
        select id, text, kind, start_offset, selector_exact from quotes where article_id = @ArticleId order by id for update
        """;

    private const string UpdateQuoteAnchor = """
        update quotes
        set start_offset = @Start, end_offset = @End,
            selector_exact = coalesce(@Exact, selector_exact), selector_prefix = coalesce(@Prefix, selector_prefix),
            selector_suffix = coalesce(@Suffix, selector_suffix), updated_at = now()
        where id = @Id
        """;

    private static string CountQuotes(FilterParameters filters) => $"""
        select count(*) from quotes q
        {Where(filters)}
        """;

    public static async Task<Page<QuoteResponse>> ListAsync(NpgsqlConnection connection, QuoteListQuery query, CancellationToken ct)
    {
        var filters = Parameters(query);
        var quotes = await QueryAsync(connection, SelectQuotes(filters), filters, ct);
        return quotes.ToPage(query.LimitOrDefault(), q => q.Id);
    }

    /// <summary>How many quotes the filters of <paramref name="query"/> select, all pages together.</summary>
    public static Task<long> CountAsync(NpgsqlConnection connection, QuoteListQuery query, CancellationToken ct)
    {
        var filters = Parameters(query) with { After = null };
        return connection.ExecuteScalarAsync<long>(new CommandDefinition(CountQuotes(filters), filters, cancellationToken: ct));
    }

    private sealed record FilterParameters(long? After, long? ArticleId, long? SpeakerId, long? OutletId, string? Kind,
        DateOnly? From, DateOnly? To, string? Q, string? Status, bool IncludeRetracted, int Limit)
    {
        /// <summary>A range of at most this many months is read month by month; a longer one holds so large a share of the
        /// quotes that reading all of them newest first finds a page at once.</summary>
        private const int MonthsReadApart = 12;

        /// <summary>The months from <see cref="From"/> to <see cref="To"/>, numbered as said_month() does, when both are
        /// given, they are at most <see cref="MonthsReadApart"/>, and no other filter has an index of its own: each month
        /// would scan it again (the words of <c>q</c> with a year's range: 125 ms at a million quotes, 27 ms read once).
        /// Retracted quotes are not in the month index: with them, each month would walk the whole table.</summary>
        public int[]? Months => From is { } from && To is { } to && SaidMonth(to) - SaidMonth(from) is >= 0 and < MonthsReadApart
            && Q is null && OutletId is null && ArticleId is null && Status is null && !IncludeRetracted
            ? [.. Enumerable.Range(SaidMonth(from), SaidMonth(to) - SaidMonth(from) + 1)]
            : null;

        private static int SaidMonth(DateOnly day) => day.Year * 12 + day.Month - 1;
    }

    private static FilterParameters Parameters(QuoteListQuery query) => new(query.After(), query.ArticleId, query.SpeakerId,
        query.OutletId, query.Kind?.ToLowerInvariant(), query.From, query.To, query.Q?.Trim(), query.Status?.ToLowerInvariant(),
        query.IncludeRetracted ?? false, query.LimitOrDefault());

    public static async Task<QuoteResponse?> GetAsync(NpgsqlConnection connection, long id, CancellationToken ct) =>
        (await GetManyAsync(connection, [id], ct)).GetValueOrDefault(id);

    /// <summary>The quote as it is, its row locked until the write ends.</summary>
    public static async Task<QuoteResponse?> LockAsync(Write write, long id) =>
        (await QueryByIdsAsync(write.Connection, [id], $"{SelectQuotesForUpdate};\n{SelectQuoteSpeakers}", write.Ct)).SingleOrDefault();

    /// <summary>How quotes are changed: locked with their row, and frozen once retracted.</summary>
    public static readonly Stored<QuoteResponse> Stored = new("quote", LockAsync,
        quote => quote.Retraction is null ? null : $"Quote {quote.Id} is retracted; it stays on record as it was and cannot be changed.");

    /// <summary>The quotes with these ids, retracted or not, by id: for a read, planned once per connection.</summary>
    public static Task<Dictionary<long, QuoteResponse>> GetManyAsync(NpgsqlConnection connection, long[] ids, CancellationToken ct) =>
        ByIdAsync(connection, ids, SelectQuotesAndSpeakersPlannedOnce, ct);

    /// <summary>The quotes with these ids inside a write, as it left them: the same statements without the setting around
    /// them (a write's statements are counted: a PATCH sends at most eight), planned each time as PostgreSQL chooses.</summary>
    public static Task<Dictionary<long, QuoteResponse>> GetManyAsync(Write write, long[] ids) =>
        ByIdAsync(write.Connection, ids, SelectQuotesAndSpeakers, write.Ct);

    /// <summary>The quote with this id inside a write (see <see cref="GetManyAsync(Write, long[])"/>).</summary>
    public static async Task<QuoteResponse?> GetAsync(Write write, long id) => (await GetManyAsync(write, [id])).GetValueOrDefault(id);

    private static async Task<Dictionary<long, QuoteResponse>> ByIdAsync(NpgsqlConnection connection, long[] ids, string statements, CancellationToken ct) =>
        ids.Length == 0 ? [] : (await QueryByIdsAsync(connection, ids, statements, ct)).ToDictionary(q => q.Id);

    private const string SelectQuotesAndSpeakers = $"{SelectQuotesByIds};\n{SelectQuoteSpeakers}";

    /// <summary>
    /// Statements by a list of ids run with their generic plan, made once per connection (auto-prepare): left to choose,
    /// PostgreSQL planned them again on every run, as a custom plan for a few ids is estimated cheaper than the generic
    /// one made for ten, and each plan of these joins costs 0.4-0.5 ms, more than running it (0.1-0.2 ms). Reset after,
    /// so that the statements that follow on the connection choose for themselves.
    /// </summary>
    private static string PlannedOnce(string statements) => $"set plan_cache_mode = force_generic_plan;\n{statements};\nreset plan_cache_mode";

    private static readonly string SelectQuotesAndSpeakersPlannedOnce = PlannedOnce(SelectQuotesAndSpeakers);
    private static readonly string SelectQuoteSpeakersPlannedOnce = PlannedOnce(SelectQuoteSpeakers);

    /// <summary>Quotes by id and their speakers in one round trip: <paramref name="statements"/> select both, in one batch.</summary>
    private static async Task<List<QuoteResponse>> QueryByIdsAsync(NpgsqlConnection connection, long[] ids, string statements, CancellationToken ct)
    {
        await using var results = await connection.QueryMultipleAsync(new CommandDefinition(statements, new { Ids = ids }, cancellationToken: ct));
        var rows = (await results.ReadAsync<QuoteRow>()).AsList();
        var speakers = (await results.ReadAsync<SpeakerRow>()).ToLookup(s => s.QuoteId);
        return rows.Select(r => r.ToResponse(speakers[r.Id])).ToList();
    }

    private static async Task<List<QuoteResponse>> QueryAsync(NpgsqlConnection connection, string sql, object parameters, CancellationToken ct)
    {
        var rows = (await connection.QueryAsync<QuoteRow>(new CommandDefinition(sql, parameters, cancellationToken: ct))).AsList();
        if (rows.Count == 0) return [];
        var speakers = (await connection.QueryAsync<SpeakerRow>(new CommandDefinition(SelectQuoteSpeakersPlannedOnce,
                new { Ids = rows.Select(r => r.Id).ToArray() }, cancellationToken: ct)))
            .ToLookup(s => s.QuoteId);
        return rows.Select(r => r.ToResponse(speakers[r.Id])).ToList();
    }

    /// <summary>The quote saved, or why not: errors (422), or the id of the same quote already stored live (409).</summary>
    public sealed record SaveResult(long Id, IDictionary<string, string[]>? Errors, long? ExistingId = null);

    /// <summary>Inserts (id null) or replaces a quote with its speakers inside the caller's transaction, after checking
    /// it against its article. Returns the errors instead when it does not fit. <paramref name="knownSpeakers"/> are ids
    /// known to exist (the quote's own speakers, held by its foreign keys): they are not looked up again.</summary>
    public static async Task<SaveResult> SaveAsync(Write write, QuoteRequest request, long? id, IReadOnlyCollection<long>? knownSpeakers = null)
    {
        var connection = write.Connection;
        var article = await connection.QuerySingleOrDefaultAsync<ArticleBody>(write.Command(SelectArticleBodyForShare, new { Id = request.ArticleId }));
        if (article is null)
            return new(0, new Dictionary<string, string[]> { ["articleId"] = [$"There is no article with id {request.ArticleId}."] });

        var text = request.Text.Trim();
        var given = request.Start is { } start && request.End is { } end ? new Span(start, end) : (Span?)null;
        var located = QuoteAnchor.Locate(article.Body, text, request.Kind, given);
        if (located.Anchor is not { } anchor)
            return new(0, new Dictionary<string, string[]> { [located.Field!] = [located.Error!] });

        var speakers = await SpeakerResolver.ResolveAsync(write, request.Speakers, request.ArticleId, "speakers", knownSpeakers);
        if (speakers.Errors is not null) return new(0, speakers.Errors);
        var quote = new
        {
            Id = id ?? 0, request.ArticleId, Text = text, Kind = DbEnum.Name(request.Kind), Verb = request.Verb?.Trim(),
            anchor.Span?.Start, anchor.Span?.End, anchor.Selector?.Exact, anchor.Selector?.Prefix, anchor.Selector?.Suffix,
            StatedAffiliation = request.StatedAffiliation?.Trim(), request.SaidOn,
            SpeakerIds = speakers.Ids.ToArray(),
            Roles = request.Speakers.Select(s => s.Role?.Trim()).ToArray(),
            Mentions = request.Speakers.Select(s => s.Mention?.Trim()).ToArray(),
        };
        if (id is null)
        {
            var inserted = await connection.QuerySingleAsync<(long? Id, long? ExistingId)>(write.Command(InsertQuoteUnlessStored, quote));
            return inserted.ExistingId is { } existing ? new(0, null, existing) : new(inserted.Id!.Value, null);
        }

        await connection.ExecuteAsync(write.Command(UpdateQuote, quote));
        await connection.ExecuteAsync(write.Command(InsertQuoteSpeakers, new { QuoteId = id, quote.SpeakerIds, quote.Roles, quote.Mentions }));
        return new(id.Value, null);
    }

    /// <summary>
    /// After an article's body changed, finds each of its quotes again by the text its selector captured, nearest
    /// the old position. A direct or partial quote the new body no longer contains is an error; an indirect one
    /// loses its offsets but keeps its selector. Without a body, every quote keeps its selector and loses its offsets.
    /// </summary>
    public static async Task<IDictionary<string, string[]>?> ReanchorArticleQuotesAsync(Write write, long articleId, string? body)
    {
        var (connection, ct) = (write.Connection, write.Ct);
        var quotes = await connection.QueryAsync<(long Id, string Text, string Kind, int? StartOffset, string? SelectorExact)>(
            write.Command(SelectArticleQuotesForUpdate, new { ArticleId = articleId }));
        var lost = new List<string>();
        foreach (var quote in quotes)
        {
            var kind = Enum.Parse<QuoteKind>(quote.Kind, ignoreCase: true);
            var located = body is null ? new QuoteAnchor.Result(QuoteAnchor.None, null, null)
                : QuoteAnchor.Locate(body, quote.SelectorExact ?? quote.Text, kind, null, quote.StartOffset);
            if (located.Anchor is not { } anchor)
            {
                lost.Add($"Quote {quote.Id} (\"{quote.Text[..Math.Min(quote.Text.Length, 60)]}\") no longer occurs in the body; correct or delete it first.");
                continue;
            }
            var before = await GetAsync(write, quote.Id);
            await connection.ExecuteAsync(write.Command(UpdateQuoteAnchor, new
            {
                quote.Id, anchor.Span?.Start, anchor.Span?.End, anchor.Selector?.Exact, anchor.Selector?.Prefix, anchor.Selector?.Suffix,
            }));
            await write.AuditAsync("quote", quote.Id, AuditAction.Update, before, await GetAsync(write, quote.Id));
        }
        return lost.Count == 0 ? null : new Dictionary<string, string[]> { ["body"] = lost.ToArray() };
    }

    private sealed record QuoteRow
    {
        public long Id { get; init; }
        public long ArticleId { get; init; }
        public string Text { get; init; } = "";
        public QuoteKind Kind { get; init; }
        public string? Verb { get; init; }
        public int? StartOffset { get; init; }
        public int? EndOffset { get; init; }
        public string? SelectorExact { get; init; }
        public string? SelectorPrefix { get; init; }
        public string? SelectorSuffix { get; init; }
        public string? StatedAffiliation { get; init; }
        public DateOnly? SaidOn { get; init; }
        public DateTimeOffset CreatedAt { get; init; }
        public DateTimeOffset UpdatedAt { get; init; }
        public ReviewStatus ReviewStatus { get; init; }
        public string? ReviewNote { get; init; }
        public string? ReviewedBy { get; init; }
        public DateTimeOffset? ReviewedAt { get; init; }
        public DateTimeOffset? RetractedAt { get; init; }
        public string? RetractionReason { get; init; }
        public string? RetractedBy { get; init; }
        public long Version { get; init; }
        public string? ArticleTitle { get; init; }
        public string ArticleUrl { get; init; } = "";
        public DateTimeOffset? ArticlePublishedAt { get; init; }
        public long? OutletId { get; init; }
        public string? OutletName { get; init; }

        public QuoteResponse ToResponse(IEnumerable<SpeakerRow> speakers) => new()
        {
            Id = Id, ArticleId = ArticleId, Text = Text, Kind = Kind, Verb = Verb, Start = StartOffset, End = EndOffset,
            Selector = SelectorExact is null ? null : new TextQuoteSelector(SelectorExact, SelectorPrefix!, SelectorSuffix!),
            StatedAffiliation = StatedAffiliation, SaidOn = SaidOn, CreatedAt = CreatedAt, UpdatedAt = UpdatedAt, Version = Version,
            Status = ReviewStatus,
            Review = ReviewedAt is { } reviewedAt ? new QuoteReview { Note = ReviewNote, ReviewedBy = ReviewedBy!, ReviewedAt = reviewedAt } : null,
            Retraction = RetractedAt is { } retractedAt
                ? new QuoteRetraction { Reason = RetractionReason!, RetractedBy = RetractedBy!, RetractedAt = retractedAt } : null,
            Article = new QuoteArticle
            {
                Id = ArticleId, Title = ArticleTitle, Url = ArticleUrl, PublishedAt = ArticlePublishedAt,
                Outlet = OutletId is { } outletId ? new QuoteOutlet { Id = outletId, Name = OutletName! } : null,
            },
            Speakers = speakers.Select(s => new QuoteSpeaker
            {
                Id = s.Id, Name = s.Name, Kind = s.Kind, WikidataId = s.WikidataId, Role = s.Role, Mention = s.Mention,
                StatedAffiliation = s.Role ?? StatedAffiliation,
                AffiliationAtTime = s.AffiliationOrganisation is { } organisation ? new QuoteAffiliation { Organisation = organisation, Role = s.AffiliationRole } : null,
            }).ToList(),
        };
    }

    private sealed record ArticleBody(long Id, string? Body);

    private sealed record SpeakerRow
    {
        public long QuoteId { get; init; }
        public long Id { get; init; }
        public string Name { get; init; } = "";
        public SpeakerKind Kind { get; init; }
        public string? WikidataId { get; init; }
        public string? Role { get; init; }
        public string? Mention { get; init; }
        public string? AffiliationOrganisation { get; init; }
        public string? AffiliationRole { get; init; }
    }
}
