using System.Text.Json;
using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Attribution.Api.Quotes;

public static class QuoteEndpoints
{
    public static IEndpointRouteBuilder MapQuotes(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/quotes").WithTags("Quotes").WithValidation().WithReadWriteAccess();

        group.MapPost("/", CreateQuote).WithRequestExample(new
            {
                articleId = 1, text = "a warlord-ridden wasteland", kind = "partial", verb = "called",
                speakers = new[] { new { name = "Graeme Wood", kind = "person", role = "staff writer at The Atlantic" } },
            }).WithName("CreateQuote").WithSummary("Record a quote")
            .WithDescription("""
                Records who said what in which article. Speakers are given by id or inline ({name, kind, wikidataId}: matched
                by Wikidata id, then exact name or alias, else created). When the article has a body, a direct or partial
                quote must occur in it, compared ignoring quote-mark style, dashes and white space: offsets (Unicode code
                points) that are given must cover it and missing ones are filled in; otherwise 422 names the field.
                New quotes are `unverified`.
                """);
        group.MapGet("/", ListQuotes).WithName("ListQuotes").WithSummary("List and filter quotes")
            .WithDescription("Quotes newest first, each with its article and speakers; filters combine, `q` is full-text words, `status` the review status. Retracted quotes are left out unless includeRetracted=true.");
        group.MapGet("/{id:long}", GetQuote).WithName("GetQuote").WithSummary("Get a quote")
            .WithDescription("One quote, retracted or not, with its article, speakers, span, W3C selector and review: who said what, where, when and in what capacity. The ETag header carries its version.");
        group.MapPatch("/{id:long}", PatchQuote).WithName("PatchQuote").WithSummary("Correct a quote")
            .WithDescription("""
                Applies a JSON merge patch (RFC 7396) to the quote's request form and checks the result like a new quote.
                `speakers`, when present, replaces the list. Changing `text` without giving offsets finds the span again.
                With If-Match, a stale ETag gets 412. A retracted quote cannot be changed (409).
                """)
            .Accepts<QuoteRequest>(MergePatch.MediaType, "application/json").WithProblems(409, 412, 422)
            .WithRequestExample(new { verb = "told reporters" });
        group.MapDelete("/{id:long}", RetractQuote).WithProblems(409, 412).WithIdExample(12).WithName("RetractQuote").WithSummary("Retract a quote")
            .WithDescription("Retracts the quote with a required `reason`: it keeps its row and history, shows the retraction, and leaves the default lists. With If-Match, a stale ETag gets 412.");
        group.MapPost("/{id:long}/review", ReviewQuote).WithProblems(412)
            .WithRequestExample(new { status = "verified", note = "Checked against the captured page." }).WithName("ReviewQuote").WithSummary("Review a quote")
            .WithDescription("Records an editor's verdict after checking the quote against its source: `verified`, `disputed` (or back to `unverified`), with a note. The reviewing key and time are kept.");
        group.MapHistory("quote");
        return routes;
    }

    private const string Retract = """
        update quotes set retracted_at = now(), retraction_reason = @Reason, retracted_by = @Actor, updated_at = now() where id = @Id
        """;

    private const string Review = """
        update quotes set review_status = @Status, review_note = @Note, reviewed_by = @Actor, reviewed_at = now(), updated_at = now()
        where id = @Id
        """;

    internal static Task<Results<Created<QuoteResponse>, ProblemHttpResult>> CreateQuote(QuoteRequest request, NpgsqlDataSource db, HttpContext http) =>
        db.CreateAsync<QuoteResponse>(http, "quote", async write =>
        {
            var saved = await QuoteStore.SaveAsync(write, request, null);
            if (saved.ExistingId is { } existing)
                return Problems.Conflict("text", $"Quote {existing} already records these words at this place of the article with these speakers.", existing);
            if (saved.Errors is not null) return Problems.Unprocessable(saved.Errors);
            return (await QuoteStore.GetAsync(write, saved.Id))!;
        }, quote => quote.Id);

    internal static async Task<Ok<Page<QuoteResponse>>> ListQuotes([AsParameters] QuoteListQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok(await QuoteStore.ListAsync(connection, query, ct));
    }

    internal static async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> GetQuote(long id, ReadDb db, HttpResponse response,
        CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (await QuoteStore.GetAsync(connection, id, ct) is not { } quote) return Problems.NotFound("quote", id);
        ETags.Set(response, quote.Version);
        return TypedResults.Ok(quote);
    }

    internal static Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> PatchQuote(long id, JsonElement patch, NpgsqlDataSource db,
        IValidator<QuoteRequest> validator, IOptions<JsonOptions> json, HttpContext http) =>
        db.ChangeAsync(http, QuoteStore.Stored, id, AuditAction.Update, async (write, current) =>
        {
            // A new text (or article) without new offsets means "find it again", not "keep the old span".
            var keepSpan = !(MergePatch.Touches(patch, "text") || MergePatch.Touches(patch, "articleId"))
                           || MergePatch.Touches(patch, "start") || MergePatch.Touches(patch, "end");
            var request = new QuoteRequest
            {
                ArticleId = current.ArticleId, Text = current.Text, Kind = current.Kind, Verb = current.Verb,
                Start = keepSpan ? current.Start : null, End = keepSpan ? current.End : null,
                StatedAffiliation = current.StatedAffiliation, SaidOn = current.SaidOn,
                Speakers = current.Speakers.Select(s => new QuoteSpeakerRequest { Id = s.Id, Role = s.Role, Mention = s.Mention }).ToArray(),
            };
            var merged = await MergePatch.ApplyAsync(request, patch, json.Value.SerializerOptions, validator, write.Ct);
            if (merged.Errors is not null) return Problems.Invalid(merged.Errors);

            var saved = await QuoteStore.SaveAsync(write, merged.Value!, id, current.Speakers.Select(s => s.Id).ToArray());
            if (saved.Errors is not null) return Problems.Unprocessable(saved.Errors);
            return (await QuoteStore.GetAsync(write, id))!;
        }, TypedResults.Ok);

    internal static Task<Results<NoContent, ProblemHttpResult>> RetractQuote(long id, [AsParameters] RetractQuery query, NpgsqlDataSource db,
        HttpContext http) =>
        db.ChangeAsync(http, QuoteStore.Stored, id, AuditAction.Retract, async (write, _) =>
        {
            await write.Connection.ExecuteAsync(write.Command(Retract, new { Id = id, Reason = query.Reason!.Trim(), Actor = write.Actor.Name }));
            return (await QuoteStore.GetAsync(write, id))!;
        }, _ => TypedResults.NoContent());

    internal static Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> ReviewQuote(long id, ReviewRequest review, NpgsqlDataSource db,
        HttpContext http) =>
        db.ChangeAsync(http, QuoteStore.Stored, id, AuditAction.Review, async (write, _) =>
        {
            await write.Connection.ExecuteAsync(write.Command(Review,
                new { Id = id, Status = DbEnum.Name(review.Status), Note = review.Note?.Trim(), Actor = write.Actor.Name }));
            return (await QuoteStore.GetAsync(write, id))!;
        }, TypedResults.Ok);
}
