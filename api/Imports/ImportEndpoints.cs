using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Npgsql;

namespace Attribution.Api.Imports;

public static class ImportEndpoints
{
    public const string MediaType = "application/x-ndjson";
    /// <summary>A line longer than this is refused without being read into memory.</summary>
    public const int MaxLineBytes = 1 << 20;

    /// <summary>Quotebank's files have more fields than we keep (probas, phase, ...): those are skipped, not refused.</summary>
    private static readonly JsonSerializerOptions QuotebankJson = new(Json.Options) { UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip };

    public static IEndpointRouteBuilder MapImports(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/imports").WithTags("Import and export").WithReadWriteAccess().IsExpensive();

        group.MapPost("/", Import).WithName("ImportQuotes").WithSummary("Import quotes in bulk")
            .WithDescription("""
                Takes `application/x-ndjson`, one quote a line: `{text, kind?, verb?, saidOn?, speaker: {name, kind?, wikidataId?},
                affiliation?, article: {url, title?, outlet?, publishedAt?}}` (or `speakers: [...]` for several).
                `?format=quotebank` takes Quotebank's quotation-centric lines instead (one quote per URL; speaker "None" is
                unattributed); `?format=claimreview` takes schema.org ClaimReview objects (claims, claimants, appearances and
                fact-checks: see the Claims operations). The body is streamed; articles are matched by canonical URL, speakers by Wikidata id then name,
                quotes by article and text, so importing the same file twice adds nothing. Any invalid line rejects the whole
                import with 422 listing line numbers and reasons (the first 100), and nothing is written.
                """)
            // Declared for the document only: an Accepts() content-type matcher would answer 415 before authorization ran.
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                // Each line is an ImportRecord (see that schema); the body as a whole is text, one JSON object a line.
                await context.GetOrCreateSchemaAsync(typeof(ImportRecord), null, ct);
                var schema = new OpenApiSchema
                {
                    Type = JsonSchemaType.String,
                    Description = "NDJSON: one ImportRecord a line (with format=quotebank, one Quotebank quotation a line).",
                };
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "One JSON object a line.",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        [MediaType] = new()
                        {
                            Schema = schema,
                            Example = JsonValue.Create(JsonSerializer.Serialize(new
                            {
                                text = "We will rebuild the bridge.", kind = "direct", verb = "said", saidOn = "2021-03-04",
                                speaker = new { name = "Jane Doe", kind = "person" }, affiliation = "mayor",
                                article = new { url = "https://example.com/news/bridge", title = "The bridge", outlet = "Springfield Shopper" },
                            }, Json.Options) + "\n"),
                        },
                    },
                };
            })
            .WithMetadata(new DisableRequestSizeLimitAttribute()).WithProblems(415);
        return routes;
    }

    internal static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> Import(HttpContext http, [FromQuery] string? format,
        NpgsqlDataSource db, IValidator<ImportRecord> validator, IValidator<QuotebankRecord> quotebankValidator,
        IValidator<Claims.FactCheckRequest> reviewValidator)
    {
        if (format is not (null or "ndjson" or "quotebank" or "claimreview"))
            return Problems.Invalid("format", "'format' must be ndjson (the default), quotebank or claimreview.");
        if (http.Request.ContentType?.Split(';')[0].Trim() is not (MediaType or "application/jsonl"))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"Send the lines as {MediaType}.");
        if (format == "claimreview") return await Claims.ClaimImport.ImportAsync(http, db, reviewValidator);

        // The upload is checked and spooled to a temporary file first, so that no transaction waits on a slow client
        // and no line, however long, is held in memory.
        await using var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16,
            FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        var errors = new Dictionary<string, string[]>();
        long invalid = 0, lines = 0, records = 0;
        await NdjsonLines.ReadAsync(http.Request.BodyReader, MaxLineBytes, (number, line) =>
        {
            lines = number;
            var (parsed, problems) = line is not { } json
                ? ([], [$"the line is longer than {MaxLineBytes} bytes."])
                : NdjsonLines.IsBlank(json) ? ([], [])
                : format == "quotebank" ? Parse(json, QuotebankJson, quotebankValidator, q => q.ToRecords()) : Parse(json, Json.Options, validator, r => [r]);
            if (problems.Length > 0)
            {
                if (++invalid <= ImportStore.MaxErrors) errors[$"line {number}"] = problems;
                return;
            }
            if (invalid > 0) return;
            foreach (var record in parsed)
            {
                JsonSerializer.Serialize(spool, new ImportStore.SpooledRecord(number, record), Json.Options);
                spool.WriteByte((byte)'\n');
                records++;
            }
        }, http.RequestAborted);

        if (invalid > 0) return ImportStore.Rejected(errors, invalid);
        if (records == 0) return Problems.Unprocessable("body", "The import has no quotes: send at least one line.");
        return await db.WriteAsync<Ok<ImportSummary>>(http, write => ImportStore.MergeAsync(write, spool, lines));
    }

    private static (IEnumerable<ImportRecord> Records, string[] Problems) Parse<T>(ReadOnlySequence<byte> line, JsonSerializerOptions options,
        IValidator<T> validator, Func<T, IEnumerable<ImportRecord>> records)
    {
        T? value;
        try
        {
            var reader = new Utf8JsonReader(line);
            value = JsonSerializer.Deserialize<T>(ref reader, options);
        }
        catch (JsonException e)
        {
            return ([], [$"{(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : e.Path.TrimStart('$', '.') + ": ")}{ProblemExceptionHandler.JsonMessage(e)}"]);
        }
        if (value is null) return ([], ["the line is null, not a JSON object."]);
        var result = validator.Validate(value);
        return result.IsValid ? (records(value).ToList(), []) : ([], result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToArray());
    }
}
