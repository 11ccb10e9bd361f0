using System.Security.Claims;
using System.Text.Json;
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
    private const int MaxReportedErrors = 100;
    private const int MaxLineChars = 1_000_000;

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
                unattributed). The body is streamed; articles are matched by canonical URL, speakers by Wikidata id then name,
                quotes by article and text, so importing the same file twice adds nothing. Any invalid line rejects the whole
                import with 422 listing line numbers and reasons (the first 100), and nothing is written.
                """)
            // Declared for the document only: an Accepts() content-type matcher would answer 415 before authorization ran.
            .AddOpenApiOperationTransformer(async (operation, context, ct) =>
            {
                var schema = await context.GetOrCreateSchemaAsync(typeof(ImportRecord), null, ct);
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = true,
                    Description = "One JSON object a line.",
                    Content = new Dictionary<string, OpenApiMediaType> { [MediaType] = new() { Schema = schema } },
                };
            })
            .WithMetadata(new DisableRequestSizeLimitAttribute());
        return routes;
    }

    internal static async Task<Results<Ok<ImportSummary>, ValidationProblem, ProblemHttpResult>> Import(HttpRequest request, [FromQuery] string? format,
        NpgsqlDataSource db, IValidator<ImportRecord> validator, IValidator<QuotebankRecord> quotebankValidator, ClaimsPrincipal user,
        CancellationToken ct)
    {
        if (format is not (null or "ndjson" or "quotebank"))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = ["'format' must be ndjson (the default) or quotebank."] },
                title: "The request is not valid");
        if (request.ContentType?.Split(';')[0].Trim() is not (MediaType or "application/jsonl"))
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                detail: $"Send the lines as {MediaType}.");

        var errors = new Dictionary<string, string[]>();
        long invalid = 0, lines = 0;
        await using var store = await ImportStore.BeginAsync(db, ct);
        using var reader = new StreamReader(request.Body);
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            lines++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var (records, problems) = line.Length > MaxLineChars
                ? ([], [$"the line is longer than {MaxLineChars} characters."])
                : format == "quotebank" ? Parse(line, QuotebankJson, quotebankValidator, q => q.ToRecords()) : Parse(line, Json.Options, validator, r => [r]);
            if (problems.Length > 0)
            {
                if (++invalid <= MaxReportedErrors) errors[$"line {lines}"] = problems;
                continue;
            }
            if (invalid == 0)
                foreach (var record in records) await store.WriteAsync(lines, record, ct);
        }

        if (invalid > 0) return Rejected(errors, invalid);
        if (lines == 0) return Problems.Unprocessable("body", "The import has no lines.");
        var merged = await store.MergeAsync(lines, Actor.From(user), ct);
        return merged.Errors is not null ? Rejected(merged.Errors, merged.Errors.Count) : TypedResults.Ok(merged.Summary!);
    }

    private static (IEnumerable<ImportRecord> Records, string[] Problems) Parse<T>(string line, JsonSerializerOptions options, IValidator<T> validator,
        Func<T, IEnumerable<ImportRecord>> records)
    {
        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(line, options);
        }
        catch (JsonException e)
        {
            return ([], [$"{(string.IsNullOrEmpty(e.Path) || e.Path == "$" ? "" : e.Path.TrimStart('$', '.') + ": ")}{e.Message.Split(" Path: ")[0]}"]);
        }
        if (value is null) return ([], ["the line is null, not a JSON object."]);
        var result = validator.Validate(value);
        return result.IsValid ? (records(value), []) : ([], result.Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}").ToArray());
    }

    private static ProblemHttpResult Rejected(IDictionary<string, string[]> errors, long invalid) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The import has invalid lines; nothing was imported",
            Detail = $"{invalid} line(s) cannot be imported{(invalid > errors.Count ? $"; the first {errors.Count} are listed" : "")}.",
            Extensions = { ["invalidLines"] = invalid },
        });
}
