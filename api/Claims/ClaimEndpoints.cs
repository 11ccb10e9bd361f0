using System.Text.Json;
using System.Text.Json.Nodes;
using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Attribution.Api.Quotes;
using Attribution.Api.Search;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Attribution.Api.Claims;

public static class ClaimEndpoints
{
    public static IEndpointRouteBuilder MapClaims(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/claims").WithTags("Claims").WithValidation().WithReadWriteAccess();

        group.MapPost("/", CreateClaim).WithName("CreateClaim").WithSummary("Record a claim")
            .WithDescription("""
                Records a checkable claim: from `text` (with `claimants`, each by id or inline as for quotes), or from a stored
                quote (`quoteId`: the claim takes its words and speakers unless given, and the quote is linked as an appearance).
                """)
            .WithRequestExample(new { quoteId = 9, text = "Without the US, Afghanistan is going back to a pre-9/11 state, a breeding ground for terrorism." });
        group.MapGet("/", ListClaims).WithName("ListClaims").WithSummary("List claims")
            .WithDescription("Claims newest first, each with its claimants, quotes, appearances and latest verdicts; `claimantId` keeps one speaker's.");
        group.MapGet("/search", SearchClaims).IsExpensive().WithName("SearchClaims").WithSummary("Search claims and their fact-checks")
            .WithDescription("""
                Like Google Fact Check Tools' claims:search, and more: `query` is matched misquote-tolerantly (as GET /quotes/search)
                against each claim's text and the text of its quotes; `languageCode`, `reviewPublisherSiteFilter` (the fact-checker's
                domain), `maxAgeDays` (of a review), `rating` (a review's textual rating) and `claimantId` (the filter Google lacks)
                narrow it. Best match first (newest first without a query), a page at a time.
                """);
        // It stores nothing: a reader may call it, as POST /quotes/verify.
        routes.MapGroup("/claims").WithTags("Claims").WithValidation().WithReadAccess().IsExpensive()
            .MapPost("/match", MatchClaims).WithName("MatchClaims").WithSummary("Has this been checked already?")
            .WithDescription("""
                Takes a sentence going around (altered, shortened, with typos) and returns the claims it matches, best first, each
                with its verdicts (who rated it, how), its first appearance and a score: a checker sees at once that it was rated before.
                """)
            .WithRequestExample(new { text = "we are going back to a pre 9/11 state, a breeding ground for terror", language = "en" });
        group.MapPost("/{id:long}/quotes/{quoteId:long}", LinkQuote).WithProblems(409, 412).WithName("LinkClaimQuote")
            .WithSummary("Link a quote to a claim").WithDescription("Records that the stored quote makes the claim (an appearance). Linking it again changes nothing.");
        group.MapDelete("/{id:long}/quotes/{quoteId:long}", UnlinkQuote).WithProblems(409, 412).WithName("UnlinkClaimQuote")
            .WithSummary("Unlink a quote from a claim").WithDescription("The quote no longer counts as making the claim; 404 when it was not linked.");
        group.MapPost("/{id:long}/reviews", CreateReview).WithName("CreateClaimReview").WithSummary("Add a fact-check")
            .WithDescription("""
                Records a publisher's verdict on the claim: `textualRating` in the publisher's words, and optionally `ratingValue` on
                the publisher's scale (`worstRating` to `bestRating`). The URL must be https and the date not in the future; one
                review per claim and URL (409 with the existing id).
                """)
            .WithRequestExample(new
            {
                publisherId = 1, url = "https://www.weeklyblitz.net/fact-check/pre-9-11-state", title = "Is Afghanistan going back to a pre-9/11 state?",
                author = "Fact desk", reviewDate = "2021-09-15", textualRating = "Mostly true", ratingValue = 4, bestRating = 5, worstRating = 1,
                explanation = "Analysts quoted in the article agree; the timing is disputed.", language = "en",
            });
        group.MapGet("/{id:long}/reviews", ListReviews).WithName("ListClaimReviews").WithSummary("List a claim's fact-checks")
            .WithDescription("Every fact-check of the claim, oldest first.");
        group.MapGet("/{id:long}/reviews/{reviewId:long}", GetReview).WithName("GetClaimReview").WithSummary("Get a fact-check")
            .WithDescription("One fact-check, with its version in the ETag header.");
        group.MapPatch("/{id:long}/reviews/{reviewId:long}", PatchReview).WithName("PatchClaimReview").WithSummary("Correct a fact-check")
            .WithDescription("A JSON merge patch (RFC 7396) of the fact-check, checked like a new one. With If-Match, a stale ETag gets 412.")
            .Accepts<FactCheckRequest>(MergePatch.MediaType, "application/json").WithProblems(409, 412, 422)
            .WithRequestExample(new { textualRating = "True", ratingValue = 5 });
        group.MapGet("/{id:long}/reviews/{reviewId:long}/claimreview", GetClaimReviewLd).WithName("GetClaimReviewJsonLd")
            .WithSummary("The fact-check as schema.org ClaimReview")
            .WithDescription("""
                The fact-check as schema.org ClaimReview JSON-LD (`application/ld+json`), to paste into the fact-check's page: every
                field Google's fact-check markup requires or recommends, `itemReviewed.appearance` listing the claim's articles and
                `firstAppearance` the earliest.
                """)
            .Produces<JsonObject>(StatusCodes.Status200OK, ClaimReviewLd.MediaType);
        // Mapped last, so that Swagger UI (and the document) lists retraction after the operations on a live claim.
        group.MapGet("/{id:long}", GetClaim).WithName("GetClaim").WithSummary("Get a claim")
            .WithDescription("One claim, retracted or not, with its claimants, quotes, appearances (first appearance computed) and the latest verdict of each publisher.");
        group.MapPatch("/{id:long}", PatchClaim).WithName("PatchClaim").WithSummary("Correct a claim")
            .WithDescription("A JSON merge patch (RFC 7396) of `{text, language, claimants}`. With If-Match, a stale ETag gets 412; a retracted claim cannot change (409).")
            .Accepts<ClaimEdit>(MergePatch.MediaType, "application/json").WithProblems(409, 412, 422)
            .WithRequestExample(new { language = "en" });
        group.MapDelete("/{id:long}", RetractClaim).WithProblems(409, 412).WithName("RetractClaim").WithSummary("Retract a claim")
            .WithDescription("Retracts the claim with a required `reason`: it keeps its row, links, reviews and history, and leaves lists and matches.");
        group.MapHistory("claim");
        return routes;
    }

    private const string InsertClaim = "insert into claims (text, language) values (@Text, @Language) returning id";

    private const string UpdateClaim = "update claims set text = @Text, language = @Language, updated_at = now() where id = @Id";

    private const string DeleteClaimants = "delete from claim_claimants where claim_id = @ClaimId";

    private const string InsertClaimants = """
        insert into claim_claimants (claim_id, speaker_id, position)
        select @ClaimId, s.speaker_id, s.position - 1 from unnest(@SpeakerIds::bigint[]) with ordinality as s (speaker_id, position)
        """;

    private const string QuoteExists = "select exists (select 1 from quotes where id = @Id)";

    private const string LinkQuoteSql = "insert into claim_quotes (claim_id, quote_id) values (@ClaimId, @QuoteId) on conflict do nothing";

    private const string UnlinkQuoteSql = "delete from claim_quotes where claim_id = @ClaimId and quote_id = @QuoteId";

    private const string TouchClaim = "update claims set updated_at = now() where id = @Id";

    private const string Retract = """
        update claims set retracted_at = now(), retraction_reason = @Reason, retracted_by = @Actor, updated_at = now() where id = @Id
        """;

    private const string SelectClaimPage = """
        select c.id from claims c
        where (@After::bigint is null or c.id < @After)
          and (@IncludeRetracted or c.retracted_at is null)
          and (@ClaimantId::bigint is null or exists (select 1 from claim_claimants cc where cc.claim_id = c.id and cc.speaker_id = @ClaimantId))
        order by c.id desc
        limit @Limit + 1
        """;

    private const string OutletExists = "select exists (select 1 from outlets where id = @Id)";

    private const string InsertReview = """
        insert into claim_reviews (claim_id, publisher_id, url, title, author, review_date, textual_rating, rating_value, best_rating,
                                   worst_rating, explanation, language)
        values (@ClaimId, @PublisherId, @Url, @Title, @Author, @ReviewDate, @TextualRating, @RatingValue, @BestRating, @WorstRating,
                @Explanation, @Language)
        on conflict (claim_id, url) do nothing
        returning id
        """;

    private const string UpdateReview = """
        update claim_reviews
        set publisher_id = @PublisherId, url = @Url, title = @Title, author = @Author, review_date = @ReviewDate, textual_rating = @TextualRating,
            rating_value = @RatingValue, best_rating = @BestRating, worst_rating = @WorstRating, explanation = @Explanation,
            language = @Language, updated_at = now()
        where id = @Id
        """;

    private const string SelectReviewIdByUrl = "select id from claim_reviews where claim_id = @ClaimId and url = @Url";

    internal static Task<Results<Created<ClaimResponse>, ProblemHttpResult>> CreateClaim(ClaimRequest request, NpgsqlDataSource db, HttpContext http) =>
        db.CreateAsync<ClaimResponse>(http, "claim", async write =>
        {
            QuoteResponse? quote = null;
            if (request.QuoteId is { } quoteId && (quote = await QuoteStore.GetAsync(write, quoteId)) is null)
                return Problems.Unprocessable("quoteId", $"There is no quote with id {quoteId}.");
            var claimants = request.Claimants ?? quote?.Speakers.Select(s => new QuoteSpeakerRequest { Id = s.Id }).ToArray() ?? [];
            var resolved = await Speakers.SpeakerResolver.ResolveAsync(write, claimants, quote?.ArticleId ?? 0, "claimants");
            if (resolved.Errors is not null) return Problems.Unprocessable(resolved.Errors);

            // A quote's words as a claim: one line, without the comma that led into the cue ("…,” he said).
            var text = request.Text?.Trim() ?? quote!.Text.Replace('\u00A0', ' ').Trim().TrimEnd(',', ';', ':').Trim();
            var id = await write.Connection.ExecuteScalarAsync<long>(write.Command(InsertClaim, new { Text = text, request.Language }));
            await write.Connection.ExecuteAsync(write.Command(InsertClaimants, new { ClaimId = id, SpeakerIds = resolved.Ids.ToArray() }));
            if (quote is not null) await write.Connection.ExecuteAsync(write.Command(LinkQuoteSql, new { ClaimId = id, QuoteId = quote.Id }));
            return (await ClaimStore.GetAsync(write.Connection, id, write.Ct))!;
        }, claim => claim.Id);

    internal static async Task<Ok<Page<ClaimResponse>>> ListClaims([AsParameters] ClaimListQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var ids = (await connection.QueryAsync<long>(new CommandDefinition(SelectClaimPage, new
        {
            After = query.After(), query.ClaimantId, IncludeRetracted = query.IncludeRetracted ?? false, Limit = query.LimitOrDefault(),
        }, cancellationToken: ct))).ToArray();
        var claims = await ClaimStore.GetManyAsync(connection, ids, ct);
        return TypedResults.Ok(ids.Select(id => claims[id]).ToList().ToPage(query.LimitOrDefault(), c => c.Id));
    }

    internal static async Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> GetClaim(long id, ReadDb db, HttpResponse response, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (await ClaimStore.GetAsync(connection, id, ct) is not { } claim) return Problems.NotFound("claim", id);
        ETags.Set(response, claim.Version);
        return TypedResults.Ok(claim);
    }

    internal static Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> PatchClaim(long id, JsonElement patch, NpgsqlDataSource db,
        IValidator<ClaimEdit> validator, IOptions<JsonOptions> json, HttpContext http) =>
        db.ChangeAsync(http, ClaimStore.Stored, id, AuditAction.Update, async (write, current) =>
        {
            var edit = new ClaimEdit
            {
                Text = current.Text, Language = current.Language, Claimants = current.Claimants.Select(c => new QuoteSpeakerRequest { Id = c.Id }).ToArray(),
            };
            var merged = await MergePatch.ApplyAsync(edit, patch, json.Value.SerializerOptions, validator, write.Ct);
            if (merged.Errors is not null) return Problems.Invalid(merged.Errors);
            var resolved = await Speakers.SpeakerResolver.ResolveAsync(write, merged.Value!.Claimants, current.Quotes.FirstOrDefault()?.ArticleId ?? 0, "claimants");
            if (resolved.Errors is not null) return Problems.Unprocessable(resolved.Errors);
            await write.Connection.ExecuteAsync(write.Command(UpdateClaim, new { Id = id, Text = merged.Value.Text.Trim(), merged.Value.Language }));
            await write.Connection.ExecuteAsync(write.Command(DeleteClaimants, new { ClaimId = id }));
            await write.Connection.ExecuteAsync(write.Command(InsertClaimants, new { ClaimId = id, SpeakerIds = resolved.Ids.ToArray() }));
            return (await ClaimStore.GetAsync(write.Connection, id, write.Ct))!;
        }, TypedResults.Ok);

    internal static Task<Results<NoContent, ProblemHttpResult>> RetractClaim(long id, [AsParameters] RetractQuery query, NpgsqlDataSource db,
        HttpContext http) =>
        db.ChangeAsync(http, ClaimStore.Stored, id, AuditAction.Retract, async (write, _) =>
        {
            await write.Connection.ExecuteAsync(write.Command(Retract, new { Id = id, Reason = query.Reason!.Trim(), Actor = write.Actor.Name }));
            return (await ClaimStore.GetAsync(write.Connection, id, write.Ct))!;
        }, _ => TypedResults.NoContent());

    internal static Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> LinkQuote(long id, long quoteId, NpgsqlDataSource db, HttpContext http) =>
        db.ChangeAsync(http, ClaimStore.Stored, id, AuditAction.Update, async (write, _) =>
        {
            if (!await write.Connection.ExecuteScalarAsync<bool>(write.Command(QuoteExists, new { Id = quoteId })))
                return Problems.Unprocessable("quoteId", $"There is no quote with id {quoteId}.");
            await write.Connection.ExecuteAsync(write.Command(LinkQuoteSql, new { ClaimId = id, QuoteId = quoteId }));
            await write.Connection.ExecuteAsync(write.Command(TouchClaim, new { Id = id }));
            return (await ClaimStore.GetAsync(write.Connection, id, write.Ct))!;
        }, TypedResults.Ok);

    internal static Task<Results<Ok<ClaimResponse>, ProblemHttpResult>> UnlinkQuote(long id, long quoteId, NpgsqlDataSource db, HttpContext http) =>
        db.ChangeAsync(http, ClaimStore.Stored, id, AuditAction.Update, async (write, _) =>
        {
            if (await write.Connection.ExecuteAsync(write.Command(UnlinkQuoteSql, new { ClaimId = id, QuoteId = quoteId })) == 0)
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"Quote {quoteId} is not linked to claim {id}.");
            await write.Connection.ExecuteAsync(write.Command(TouchClaim, new { Id = id }));
            return (await ClaimStore.GetAsync(write.Connection, id, write.Ct))!;
        }, TypedResults.Ok);

    internal static Task<Results<Created<FactCheckResponse>, ProblemHttpResult>> CreateReview(long id, FactCheckRequest request, NpgsqlDataSource db,
        HttpContext http) =>
        db.WriteAsync<Created<FactCheckResponse>>(http, async write =>
        {
            var claim = await ClaimStore.LockAsync(write, id);
            if (claim is null) return Problems.NotFound("claim", id);
            if (ClaimStore.Stored.Frozen!(claim) is { } frozen) return Problems.Conflict(frozen);
            if (await ReviewProblemAsync(write, request) is { } problem) return problem;
            var reviewId = await write.Connection.ExecuteScalarAsync<long?>(write.Command(InsertReview, ReviewParameters(id, request)));
            if (reviewId is null)
            {
                var existing = await write.Connection.ExecuteScalarAsync<long>(write.Command(SelectReviewIdByUrl, new { ClaimId = id, Url = request.Url.Trim() }));
                return Problems.Conflict("url", $"Claim {id} already has the review {existing} at this URL.", existing);
            }
            var created = (await ClaimStore.ReviewsAsync(write.Connection, id, reviewId, false, write.Ct)).Single();
            await write.AuditAsync("review", created.Id, AuditAction.Create, null, created);
            ETags.Set(http.Response, created.Version);
            return TypedResults.Created($"/claims/{id}/reviews/{created.Id}", created);
        });

    internal static async Task<Results<Ok<IReadOnlyList<FactCheckResponse>>, ProblemHttpResult>> ListReviews(long id, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (await ClaimStore.GetAsync(connection, id, ct) is null) return Problems.NotFound("claim", id);
        return TypedResults.Ok<IReadOnlyList<FactCheckResponse>>(await ClaimStore.ReviewsAsync(connection, id, null, false, ct));
    }

    internal static async Task<Results<Ok<FactCheckResponse>, ProblemHttpResult>> GetReview(long id, long reviewId, ReadDb db,
        HttpResponse response, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if ((await ClaimStore.ReviewsAsync(connection, id, reviewId, false, ct)).SingleOrDefault() is not { } review)
            return Problems.NotFound("review", reviewId);
        ETags.Set(response, review.Version);
        return TypedResults.Ok(review);
    }

    internal static Task<Results<Ok<FactCheckResponse>, ProblemHttpResult>> PatchReview(long id, long reviewId, JsonElement patch, NpgsqlDataSource db,
        IValidator<FactCheckRequest> validator, IOptions<JsonOptions> json, HttpContext http) =>
        db.ChangeAsync(http, new Stored<FactCheckResponse>("review",
            async (write, rid) => (await ClaimStore.ReviewsAsync(write.Connection, id, rid, true, write.Ct)).SingleOrDefault()),
            reviewId, AuditAction.Update, async (write, current) =>
            {
                var form = new FactCheckRequest
                {
                    PublisherId = current.Publisher.Id, Url = current.Url, Title = current.Title, Author = current.Author, ReviewDate = current.ReviewDate,
                    TextualRating = current.TextualRating, RatingValue = current.RatingValue, BestRating = current.BestRating,
                    WorstRating = current.WorstRating, Explanation = current.Explanation, Language = current.Language,
                };
                var merged = await MergePatch.ApplyAsync(form, patch, json.Value.SerializerOptions, validator, write.Ct);
                if (merged.Errors is not null) return Problems.Invalid(merged.Errors);
                if (await ReviewProblemAsync(write, merged.Value!) is { } problem) return problem;
                var holder = await write.Connection.ExecuteScalarAsync<long?>(write.Command(SelectReviewIdByUrl, new { ClaimId = id, Url = merged.Value!.Url.Trim() }));
                if (holder is { } other && other != reviewId) return Problems.Conflict("url", $"Claim {id} already has the review {other} at this URL.", other);
                await write.Connection.ExecuteAsync(write.Command(UpdateReview, ReviewParameters(id, merged.Value, reviewId)));
                return (await ClaimStore.ReviewsAsync(write.Connection, id, reviewId, false, write.Ct)).Single();
            }, TypedResults.Ok);

    internal static async Task<Results<ContentHttpResult, ProblemHttpResult>> GetClaimReviewLd(long id, long reviewId, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (await ClaimStore.GetAsync(connection, id, ct) is not { } claim) return Problems.NotFound("claim", id);
        if ((await ClaimStore.ReviewsAsync(connection, id, reviewId, false, ct)).SingleOrDefault() is not { } review)
            return Problems.NotFound("review", reviewId);
        return TypedResults.Content(ClaimReviewLd.Write(claim, review).ToJsonString(Json.Options), ClaimReviewLd.MediaType);
    }

    internal static async Task<Ok<ClaimMatches>> SearchClaims([AsParameters] ClaimSearchQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var matches = await ClaimStore.MatchAsync(connection, query.Query!, new ClaimStore.Filters(query.LanguageCode, query.ClaimantId,
            Outlets.OutletRequest.NormalizeDomain(query.ReviewPublisherSiteFilter), query.Rating, query.MaxAgeDays), ct);
        var start = (int)(query.After() ?? 0);
        var limit = query.Limit ?? 10;
        var page = matches.Skip(start).Take(limit).ToList();
        var claims = await ClaimStore.GetManyAsync(connection, page.Select(m => m.Id).ToArray(), ct);
        return TypedResults.Ok(new ClaimMatches(page.Select(m => Match(claims[m.Id], m.Score, m.Exact)).ToList(),
            start + limit < matches.Count ? Paging.Encode(start + limit) : null));
    }

    internal static async Task<Ok<ClaimMatches>> MatchClaims(ClaimMatchRequest request, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var matches = (await ClaimStore.MatchAsync(connection, request.Text, new ClaimStore.Filters(request.Language, null, null, null, null), ct))
            .Take(10).ToList();
        var claims = await ClaimStore.GetManyAsync(connection, matches.Select(m => m.Id).ToArray(), ct);
        return TypedResults.Ok(new ClaimMatches(matches.Select(m => Match(claims[m.Id], m.Score, m.Exact)).ToList(), null));
    }

    private static ClaimMatch Match(ClaimResponse claim, double score, bool exact) => new()
    {
        Claim = claim, Score = score, Match = exact ? MatchKind.Exact : score >= SearchEndpoints.WeakBelow ? MatchKind.Altered : MatchKind.Weak,
    };

    /// <summary>A publisher that does not exist is 422.</summary>
    private static async Task<ProblemHttpResult?> ReviewProblemAsync(Write write, FactCheckRequest request) =>
        await write.Connection.ExecuteScalarAsync<bool>(write.Command(OutletExists, new { Id = request.PublisherId }))
            ? null : Problems.Unprocessable("publisherId", $"There is no outlet with id {request.PublisherId}; register the fact-checker with POST /outlets.");

    internal static object ReviewParameters(long claimId, FactCheckRequest r, long reviewId = 0) => new
    {
        Id = reviewId, ClaimId = claimId, r.PublisherId, Url = r.Url.Trim(), Title = r.Title?.Trim(), Author = r.Author?.Trim(), r.ReviewDate,
        TextualRating = r.TextualRating.Trim(), r.RatingValue, r.BestRating, r.WorstRating, Explanation = r.Explanation?.Trim(), r.Language,
    };
}
