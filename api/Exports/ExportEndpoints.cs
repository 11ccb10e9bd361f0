using System.Text;
using System.Text.Json;
using Attribution.Api.Imports;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Attribution.Api.Quotes;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Attribution.Api.Exports;

/// <summary>Query of <c>GET /exports/quotes</c>: the filters of <c>GET /quotes</c>, and the format.</summary>
public sealed record ExportQuery
{
    /// <summary>ndjson (the import format; the default) or csv.</summary>
    public string? Format { get; init; }
    public long? SpeakerId { get; init; }
    public long? ArticleId { get; init; }
    public long? OutletId { get; init; }
    /// <summary>direct, partial or indirect.</summary>
    public string? Kind { get; init; }
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    /// <summary>Full-text words.</summary>
    public string? Q { get; init; }
    /// <summary>Review status: unverified, verified or disputed.</summary>
    public string? Status { get; init; }
    public bool? IncludeRetracted { get; init; }

    public QuoteListQuery Page(string? cursor) => new()
    {
        SpeakerId = SpeakerId, ArticleId = ArticleId, OutletId = OutletId, Kind = Kind, From = From, To = To, Q = Q, Status = Status,
        IncludeRetracted = IncludeRetracted, Limit = ExportEndpoints.PageSize, Cursor = cursor,
    };
}

public sealed class ExportQueryValidator : AbstractValidator<ExportQuery>
{
    public ExportQueryValidator(IValidator<QuoteListQuery> filters)
    {
        RuleFor(q => q.Format).Must(f => f is null or "ndjson" or "csv").WithMessage("'format' must be ndjson or csv.");
        RuleFor(q => q.Page(null)).SetValidator(filters).OverridePropertyName("");
    }
}

public static class ExportEndpoints
{
    public const int PageSize = Paging.MaxLimit;

    public static IEndpointRouteBuilder MapExports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/exports").WithTags("Import and export").WithValidation().WithReadWriteAccess().IsExpensive();

        group.MapGet("/quotes", ExportQuotes).WithName("ExportQuotes").WithSummary("Export quotes")
            .WithDescription("""
                Streams every quote that the filters of GET /quotes select, newest first: as NDJSON in the import format
                (so an export re-imports to the same data), or as CSV. X-Total-Count says how many quotes will come.
                """)
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                var line = await context.GetOrCreateSchemaAsync(typeof(ImportRecord), null, ct);
                operation.Responses!["200"] = new OpenApiResponse
                {
                    Description = "The quotes, one a line (NDJSON, each line an ImportRecord) or as CSV with a header row.",
                    Headers = new Dictionary<string, IOpenApiHeader>
                    {
                        ["X-Total-Count"] = new OpenApiHeader
                        {
                            Description = "How many quotes the export holds.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int64" },
                        },
                    },
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [ImportEndpoints.MediaType] = new() { Schema = line },
                        ["text/csv"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = $"CSV: {Csv.Header}" } },
                    },
                };
            });
        group.MapGet("/claims", ExportClaims).WithName("ExportClaims").WithSummary("Export claims and their fact-checks")
            .WithDescription("""
                Streams every live claim's fact-checks as schema.org ClaimReview JSON-LD, one a line (NDJSON): the claim, its
                claimant, its appearances and the verdict, as POST /imports?format=claimreview takes them back. Claims without a
                fact-check have nothing to export. X-Total-Count says how many lines will come.
                """)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Responses!["200"] = new OpenApiResponse
                {
                    Description = "One ClaimReview JSON-LD object a line.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [ImportEndpoints.MediaType] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "NDJSON of schema.org ClaimReview objects." } },
                    },
                };
                return Task.CompletedTask;
            });
        return routes;
    }

    private const string CountClaimReviews = """
        select count(*) from claim_reviews r join claims c on c.id = r.claim_id
        where c.retracted_at is null and (@ClaimantId::bigint is null or exists (select 1 from claim_claimants cc where cc.claim_id = c.id and cc.speaker_id = @ClaimantId))
        """;

    private const string SelectReviewedClaimPage = """
        select c.id from claims c
        where c.retracted_at is null and c.id > @After and exists (select 1 from claim_reviews r where r.claim_id = c.id)
          and (@ClaimantId::bigint is null or exists (select 1 from claim_claimants cc where cc.claim_id = c.id and cc.speaker_id = @ClaimantId))
        order by c.id
        limit 500
        """;

    internal static async Task<Results<EmptyHttpResult, ProblemHttpResult>> ExportClaims([FromQuery] string? format, [FromQuery] long? claimantId,
        ReadDb db, HttpResponse response, CancellationToken ct)
    {
        if (format is not (null or "ndjson")) return Problems.Invalid("format", "'format' must be ndjson, one ClaimReview JSON-LD object a line.");
        await using var connection = await db.OpenConnectionAsync(ct);
        response.ContentType = $"{ImportEndpoints.MediaType}; charset=utf-8";
        response.Headers["X-Total-Count"] = (await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountClaimReviews,
            new { ClaimantId = claimantId }, cancellationToken: ct))).ToString();
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 65536);
        long after = 0;
        while (true)
        {
            var ids = (await connection.QueryAsync<long>(new CommandDefinition(SelectReviewedClaimPage, new { After = after, ClaimantId = claimantId },
                cancellationToken: ct))).ToArray();
            if (ids.Length == 0) break;
            var claims = await Claims.ClaimStore.GetManyAsync(connection, ids, ct);
            foreach (var id in ids)
                foreach (var review in await Claims.ClaimStore.ReviewsAsync(connection, id, null, false, ct))
                    await writer.WriteLineAsync(Claims.ClaimReviewLd.Write(claims[id], review).ToJsonString(Json.Options));
            await writer.FlushAsync(ct);
            after = ids[^1];
        }
        return TypedResults.Empty;
    }

    internal static async Task ExportQuotes([AsParameters] ExportQuery query, ReadDb db, HttpResponse response, CancellationToken ct)
    {
        var csv = query.Format == "csv";
        await using var connection = await db.OpenConnectionAsync(ct);
        var total = await QuoteStore.CountAsync(connection, query.Page(null), ct);

        response.ContentType = csv ? "text/csv; charset=utf-8" : $"{ImportEndpoints.MediaType}; charset=utf-8";
        response.Headers["X-Total-Count"] = total.ToString();
        if (csv) response.Headers.ContentDisposition = "attachment; filename=quotes.csv";
        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 65536);
        if (csv) await writer.WriteLineAsync(Csv.Header);

        string? cursor = null;
        do
        {
            var page = await QuoteStore.ListAsync(connection, query.Page(cursor), ct);
            foreach (var quote in page.Items)
                await writer.WriteLineAsync(csv ? Csv.Row(quote) : JsonSerializer.Serialize(ToRecord(quote), Json.Options));
            await writer.FlushAsync(ct);
            cursor = page.NextCursor;
        } while (cursor is not null);
    }

    private static ImportRecord ToRecord(QuoteResponse quote) => new()
    {
        Text = quote.Text, Kind = quote.Kind, Verb = quote.Verb, SaidOn = quote.SaidOn, Affiliation = quote.StatedAffiliation,
        Speakers = quote.Speakers.Select(s => new ImportSpeaker { Name = s.Name, Kind = s.Kind, WikidataId = s.WikidataId, Role = s.Role }).ToArray(),
        Article = new ImportArticle
        {
            Url = quote.Article.Url, Title = quote.Article.Title, PublishedAt = quote.Article.PublishedAt,
            Outlet = quote.Article.Outlet?.Name,
        },
    };

    internal static class Csv
    {
        public const string Header = "id,text,kind,verb,saidOn,speakers,speakerIds,affiliation,status,articleId,articleUrl,articleTitle,outlet,publishedAt";

        public static string Row(QuoteResponse q) => string.Join(',', new[]
        {
            q.Id.ToString(), q.Text, DbEnum.Name(q.Kind), q.Verb, q.SaidOn?.ToString("yyyy-MM-dd"),
            string.Join("; ", q.Speakers.Select(s => s.Name)), string.Join("; ", q.Speakers.Select(s => s.Id)), q.StatedAffiliation,
            DbEnum.Name(q.Status), q.ArticleId.ToString(), q.Article.Url, q.Article.Title, q.Article.Outlet?.Name, q.Article.PublishedAt?.ToString("O"),
        }.Select(Field));

        /// <summary>A cell a spreadsheet would evaluate as a formula (=, +, -, @, tab, carriage return first) gets a leading
        /// apostrophe, as OWASP advises against CSV injection; then RFC 4180 quoting.</summary>
        private static string Field(string? value)
        {
            if (value is null) return "";
            if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
            return value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : $"\"{value.Replace("\"", "\"\"")}\"";
        }
    }
}
