using System.Text.Json;
using Attribution.Api.Infrastructure;
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
        var group = routes.MapGroup("/quotes").WithTags("Quotes").WithValidation();

        group.MapPost("/", CreateQuote).WithName("CreateQuote").WithSummary("Record a quote")
            .WithDescription("""
                Records who said what in which article. Speakers are given by id or inline ({name, kind, wikidataId}: matched
                by Wikidata id, then exact name or alias, else created). When the article has a body, a direct or partial
                quote must occur in it, compared ignoring quote-mark style, dashes and white space: offsets (Unicode code
                points) that are given must cover it and missing ones are filled in; otherwise 422 names the field.
                """);
        group.MapGet("/", ListQuotes).WithName("ListQuotes").WithSummary("List and filter quotes")
            .WithDescription("Quotes newest first, each with its article and speakers; filters combine, `q` is full-text words.");
        group.MapGet("/{id:long}", GetQuote).WithName("GetQuote").WithSummary("Get a quote")
            .WithDescription("One quote with its article, speakers, span and W3C selector: who said what, where, when and in what capacity.");
        group.MapPatch("/{id:long}", PatchQuote).WithName("PatchQuote").WithSummary("Correct a quote")
            .WithDescription("""
                Applies a JSON merge patch (RFC 7396) to the quote's request form and checks the result like a new quote.
                `speakers`, when present, replaces the list. Changing `text` without giving offsets finds the span again.
                """)
            .Accepts<QuoteRequest>(MergePatch.MediaType, "application/json");
        group.MapDelete("/{id:long}", DeleteQuote).WithName("DeleteQuote").WithSummary("Delete a quote")
            .WithDescription("Removes a quote recorded in error.");
        return routes;
    }

    private const string LockQuote = "select id from quotes where id = @Id for update";

    private const string DeleteQuoteById = "delete from quotes where id = @Id";

    internal static async Task<Results<Created<QuoteResponse>, ProblemHttpResult>> CreateQuote(
        QuoteRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        var (connection, transaction) = await db.BeginWriteAsync(ct);
        await using (connection)
        await using (transaction)
        {
            var saved = await QuoteStore.SaveAsync(connection, transaction, request, null, ct);
            if (saved.Errors is not null) return Problems.Unprocessable(saved.Errors);
            await transaction.CommitAsync(ct);
            var quote = await QuoteStore.GetAsync(connection, saved.Id, ct);
            return TypedResults.Created($"/quotes/{saved.Id}", quote!);
        }
    }

    internal static async Task<Ok<Page<QuoteResponse>>> ListQuotes([AsParameters] QuoteListQuery query, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return TypedResults.Ok(await QuoteStore.ListAsync(connection, query, ct));
    }

    internal static async Task<Results<Ok<QuoteResponse>, ProblemHttpResult>> GetQuote(long id, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await QuoteStore.GetAsync(connection, id, ct) is { } quote ? TypedResults.Ok(quote) : Problems.NotFound("quote", id);
    }

    internal static async Task<Results<Ok<QuoteResponse>, ValidationProblem, ProblemHttpResult>> PatchQuote(
        long id, JsonElement patch, NpgsqlDataSource db, IValidator<QuoteRequest> validator, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var (connection, transaction) = await db.BeginWriteAsync(ct);
        await using (connection)
        await using (transaction)
        {
            var locked = await connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(LockQuote, new { Id = id }, transaction, cancellationToken: ct));
            if (locked is null || await QuoteStore.GetAsync(connection, id, ct) is not { } current) return Problems.NotFound("quote", id);

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
            var merged = await MergePatch.ApplyAsync(request, patch, json.Value.SerializerOptions, validator, ct);
            if (merged.Errors is not null) return TypedResults.ValidationProblem(merged.Errors, title: "The request is not valid");

            var saved = await QuoteStore.SaveAsync(connection, transaction, merged.Value!, id, ct);
            if (saved.Errors is not null) return Problems.Unprocessable(saved.Errors);
            await transaction.CommitAsync(ct);
            return TypedResults.Ok((await QuoteStore.GetAsync(connection, id, ct))!);
        }
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteQuote(long id, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var deleted = await connection.ExecuteAsync(new CommandDefinition(DeleteQuoteById, new { Id = id }, cancellationToken: ct));
        return deleted == 0 ? Problems.NotFound("quote", id) : TypedResults.NoContent();
    }
}
