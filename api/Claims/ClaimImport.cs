using System.Text.Json;
using System.Text.Json.Nodes;
using Attribution.Api.Articles;
using Attribution.Api.History;
using Attribution.Api.Imports;
using Attribution.Api.Infrastructure;
using Attribution.Api.Outlets;
using Attribution.Api.Quotes;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Claims;

/// <summary>
/// <c>POST /imports?format=claimreview</c>: a publisher's feed of schema.org ClaimReview objects, one a line. Each line makes
/// (or finds) the fact-checking outlet (by domain, else name), the claim (a live claim with the same text), its claimant
/// (matched like an inline speaker), its appearances (articles by canonical URL, created without body when new) and the
/// review (by claim and URL: a second import updates it). All or nothing, with the lines that cannot be imported named.
/// </summary>
public static class ClaimImport
{
    private const string SelectOutletByDomain = "select id from outlets where domain = @Domain";

    private const string SelectOutletByName = "select min(id) from outlets where search_key(name) = search_key(@Name)";

    private const string InsertOutlet = $"insert into outlets (name, domain) values (@Name, @Domain) returning {OutletEndpoints.Columns}";

    private const string SelectClaimByText = "select min(id) from claims where text = @Text and retracted_at is null";

    private const string InsertClaim = "insert into claims (text, language) values (@Text, @Language) returning id";

    private const string InsertClaimant = "insert into claim_claimants (claim_id, speaker_id, position) values (@ClaimId, @SpeakerId, 0)";

    private const string InsertArticle = $"""
        insert into articles (url, title, published_at) values (@Url, @Title, @PublishedAt)
        on conflict (url) do nothing
        returning {ArticleEndpoints.Columns}
        """;

    private const string SelectArticleByUrl = "select id from articles where url = @Url";

    private const string LinkAppearance = "insert into claim_appearances (claim_id, article_id) values (@ClaimId, @ArticleId) on conflict do nothing";

    private const string SelectReviewByUrl = "select id from claim_reviews where claim_id = @ClaimId and url = @Url";

    private const string InsertReview = """
        insert into claim_reviews (claim_id, publisher_id, url, title, author, review_date, textual_rating, rating_value, best_rating,
                                   worst_rating, explanation, language)
        values (@ClaimId, @PublisherId, @Url, @Title, @Author, @ReviewDate, @TextualRating, @RatingValue, @BestRating, @WorstRating,
                @Explanation, @Language)
        returning id
        """;

    private const string UpdateReview = """
        update claim_reviews
        set publisher_id = @PublisherId, title = @Title, author = @Author, review_date = @ReviewDate, textual_rating = @TextualRating,
            rating_value = @RatingValue, best_rating = @BestRating, worst_rating = @WorstRating, explanation = @Explanation,
            language = @Language, updated_at = now()
        where id = @Id
        """;

    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> ImportAsync(HttpContext http, NpgsqlDataSource db,
        IValidator<FactCheckRequest> validator)
    {
        // Checked lines are spooled, as for quote imports: no transaction waits on the upload, no line is held whole twice.
        await using var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var errors = new Dictionary<string, string[]>();
        long invalid = 0, lines = 0, records = 0;
        await NdjsonLines.ReadAsync(http.Request.BodyReader, ImportEndpoints.MaxLineBytes, (number, line) =>
        {
            lines = number;
            if (line is { } blank && NdjsonLines.IsBlank(blank)) return;
            string[] problems;
            if (line is not { } json) problems = [$"the line is longer than {ImportEndpoints.MaxLineBytes} bytes."];
            else
            {
                try
                {
                    var reader = new Utf8JsonReader(json);
                    var (parsed, errors) = ClaimReviewLd.Read(JsonNode.Parse(ref reader));
                    problems = parsed is null ? errors : Check(validator, parsed.Review);
                    if (problems.Length == 0 && invalid == 0)
                    {
                        JsonSerializer.Serialize(spool, new Spooled(number, System.Buffers.BuffersExtensions.ToArray(json)), Json.Options);
                        spool.WriteByte((byte)'\n');
                        records++;
                    }
                }
                catch (JsonException e)
                {
                    problems = [ProblemExceptionHandler.JsonMessage(e)];
                }
            }
            if (problems.Length > 0 && ++invalid <= ImportStore.MaxErrors) errors[$"line {number}"] = problems;
        }, http.RequestAborted);

        if (invalid > 0) return ImportStore.Rejected(errors, invalid);
        if (records == 0) return Problems.Unprocessable("body", "The import has no ClaimReview: send at least one line.");
        return await db.WriteAsync<Ok<ImportSummary>>(http, write => MergeAsync(write, spool, lines));
    }

    /// <summary>One checked line on its way from the request to the merge.</summary>
    private sealed record Spooled(long Line, byte[] Json);

    /// <summary>The review's rules (scale, https URL, date) that a publisher id does not affect.</summary>
    private static string[] Check(IValidator<FactCheckRequest> validator, FactCheckRequest review) =>
        validator.Validate(review with { PublisherId = 1 }).Errors.Select(e => $"reviewRating/{e.PropertyName}: {e.ErrorMessage}").ToArray();

    private static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> MergeAsync(Write write, Stream spool, long lines)
    {
        long claims = 0, reviews = 0, articles = 0, speakers = 0;
        var connection = write.Connection;
        spool.Position = 0;
        using var reader = new StreamReader(spool, leaveOpen: true);
        while (await reader.ReadLineAsync(write.Ct) is { } text)
        {
            var spooled = JsonSerializer.Deserialize<Spooled>(text, Json.Options)!;
            var parsed = ClaimReviewLd.Read(JsonNode.Parse(spooled.Json)).Value!;

            var publisherId = await OutletAsync(write, parsed);
            var claimId = await connection.ExecuteScalarAsync<long?>(write.Command(SelectClaimByText, new { Text = parsed.ClaimReviewed }));
            var claimBefore = claimId is { } known ? await ClaimStore.GetAsync(connection, known, write.Ct) : null;
            if (claimId is null)
            {
                claimId = await connection.ExecuteScalarAsync<long>(write.Command(InsertClaim, new { Text = parsed.ClaimReviewed, parsed.Language }));
                if (parsed.ClaimantName is { } name)
                {
                    var resolved = await Speakers.SpeakerResolver.ResolveAsync(write,
                        [new QuoteSpeakerRequest { Name = name, Kind = parsed.ClaimantKind, WikidataId = parsed.ClaimantWikidataId }], 0, "claimant");
                    if (resolved.Errors is not null)
                        return ImportStore.Rejected(new Dictionary<string, string[]> { [$"line {spooled.Line}"] = resolved.Errors.Values.SelectMany(v => v).ToArray() }, 1);
                    await connection.ExecuteAsync(write.Command(InsertClaimant, new { ClaimId = claimId, SpeakerId = resolved.Ids[0] }));
                    speakers += resolved.Created;
                }
                claims++;
            }
            foreach (var (url, headline, published) in parsed.Appearances)
            {
                var created = await connection.QuerySingleOrDefaultAsync<ArticleResponse>(write.Command(InsertArticle,
                    new { Url = url, Title = headline, PublishedAt = published?.ToUniversalTime() }));
                if (created is not null)
                {
                    await write.AuditAsync("article", created.Id, AuditAction.Create, null, created);
                    articles++;
                }
                var articleId = created?.Id ?? await connection.ExecuteScalarAsync<long>(write.Command(SelectArticleByUrl, new { Url = url }));
                await connection.ExecuteAsync(write.Command(LinkAppearance, new { ClaimId = claimId, ArticleId = articleId }));
            }

            var review = parsed.Review with { PublisherId = publisherId };
            var existing = await connection.ExecuteScalarAsync<long?>(write.Command(SelectReviewByUrl, new { ClaimId = claimId, Url = review.Url }));
            var reviewBefore = existing is { } old ? (await ClaimStore.ReviewsAsync(connection, claimId.Value, old, true, write.Ct)).Single() : null;
            var reviewId = existing ?? await connection.ExecuteScalarAsync<long>(write.Command(InsertReview, ClaimEndpoints.ReviewParameters(claimId.Value, review)));
            if (existing is not null) await connection.ExecuteAsync(write.Command(UpdateReview, ClaimEndpoints.ReviewParameters(claimId.Value, review, reviewId)));
            else reviews++;
            var after = (await ClaimStore.ReviewsAsync(connection, claimId.Value, reviewId, false, write.Ct)).Single();
            await write.AuditAsync("review", reviewId, existing is null ? AuditAction.Create : AuditAction.Update, reviewBefore, after);
            await write.AuditAsync("claim", claimId.Value, claimBefore is null ? AuditAction.Create : AuditAction.Update, claimBefore,
                await ClaimStore.GetAsync(connection, claimId.Value, write.Ct));
        }
        return TypedResults.Ok(new ImportSummary
        {
            Lines = lines, QuotesCreated = 0, ArticlesCreated = articles, SpeakersCreated = speakers, ClaimsCreated = claims, ReviewsCreated = reviews,
        });
    }

    /// <summary>The fact-checking outlet: by domain, else by name, else created.</summary>
    private static async Task<long> OutletAsync(Write write, ClaimReviewLd.Parsed parsed)
    {
        var connection = write.Connection;
        if (parsed.PublisherDomain is { } domain && await connection.ExecuteScalarAsync<long?>(write.Command(SelectOutletByDomain, new { Domain = domain })) is { } byDomain)
            return byDomain;
        if (await connection.ExecuteScalarAsync<long?>(write.Command(SelectOutletByName, new { Name = parsed.PublisherName })) is { } byName)
            return byName;
        var created = await connection.QuerySingleAsync<OutletResponse>(write.Command(InsertOutlet, new { Name = parsed.PublisherName, Domain = parsed.PublisherDomain }));
        await write.AuditAsync("outlet", created.Id, AuditAction.Create, null, created);
        return created.Id;
    }
}
