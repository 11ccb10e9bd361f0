using System.Text.Json;
using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Attribution.Api.Articles;

public static class ArticleEndpoints
{
    public static IEndpointRouteBuilder MapArticles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/articles").WithTags("Articles").WithValidation();

        group.MapPost("/", CreateArticle).WithName("CreateArticle").WithSummary("Create an article")
            .WithDescription("Stores an article under its canonical URL. An article already stored under the same canonical URL gets 409 with its id.");
        group.MapGet("/", ListArticles).WithName("ListArticles").WithSummary("Find articles")
            .WithDescription("Articles newest first, without their bodies; `url` finds the one article with that address, `outletId` an outlet's.");
        group.MapGet("/{id:long}", GetArticle).WithName("GetArticle").WithSummary("Get an article")
            .WithDescription("One article with its body.");
        group.MapPatch("/{id:long}", PatchArticle).WithName("PatchArticle").WithSummary("Correct an article")
            .WithDescription("""
                Applies a JSON merge patch (RFC 7396). When the body changes, every quote of the article is found again by its
                selector nearest its old place; a direct or partial quote that the new body no longer contains makes it 422.
                """)
            .Accepts<ArticleRequest>(MergePatch.MediaType, "application/json");
        group.MapDelete("/{id:long}", DeleteArticle).WithName("DeleteArticle").WithSummary("Delete an article")
            .WithDescription("Deletes an article that has no quotes; one with quotes gets 409, so that no attribution is lost with it.");
        group.MapGet("/{id:long}/quotes", ListArticleQuotes).WithName("ListArticleQuotes").WithSummary("List an article's quotes")
            .WithDescription("The quotes recorded from the article, newest first.");
        return routes;
    }

    private const string Columns = """
        id, url, title, outlet_id, published_at, authors, language, body, char_length(body) as body_length, created_at, updated_at
        """;

    private const string SummaryColumns = """
        id, url, title, outlet_id, published_at, authors, language, char_length(body) as body_length, created_at, updated_at
        """;

    private const string InsertArticle = $"""
        insert into articles (url, title, outlet_id, published_at, authors, language, body)
        values (@Url, @Title, @OutletId, @PublishedAt, @Authors, @Language, @Body)
        on conflict (url) do nothing
        returning {Columns}
        """;

    private const string UpdateArticle = $"""
        update articles
        set url = @Url, title = @Title, outlet_id = @OutletId, published_at = @PublishedAt, authors = @Authors,
            language = @Language, body = @Body, updated_at = now()
        where id = @Id
        returning {Columns}
        """;

    private const string SelectArticle = $"select {Columns} from articles where id = @Id";

    private const string SelectArticleIdByUrl = "select id from articles where url = @Url";

    private const string OutletExists = "select exists (select 1 from outlets where id = @Id)";

    private const string ArticleExists = "select exists (select 1 from articles where id = @Id)";

    private const string SelectArticlePage = $"""
        select {SummaryColumns} from articles
        where (@After::bigint is null or id < @After)
          and (@Url::text is null or url = @Url)
          and (@OutletId::bigint is null or outlet_id = @OutletId)
        order by id desc
        limit @Limit + 1
        """;

    private const string DeleteArticleWithoutQuotes = """
        delete from articles a
        where a.id = @Id and not exists (select 1 from quotes q where q.article_id = a.id)
        """;

    private const string CountArticleQuotes = "select count(*) from quotes where article_id = @Id";

    internal static async Task<Results<Created<ArticleResponse>, ProblemHttpResult>> CreateArticle(
        ArticleRequest request, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (request.OutletId is { } outletId && !await Exists(connection, OutletExists, outletId, ct))
            return Problems.Unprocessable("outletId", $"There is no outlet with id {outletId}.");
        var parameters = Parameters(request);
        var created = await connection.QuerySingleOrDefaultAsync<ArticleResponse>(new CommandDefinition(InsertArticle, parameters, cancellationToken: ct));
        if (created is not null) return TypedResults.Created($"/articles/{created.Id}", created);
        return await UrlConflict(connection, parameters.Url, ct);
    }

    internal static async Task<Ok<Page<ArticleResponse>>> ListArticles([AsParameters] ArticleListQuery query, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var url = query.Url is not null && CanonicalUrl.TryNormalize(query.Url, out var canonical) ? canonical : null;
        var rows = await connection.QueryAsync<ArticleResponse>(new CommandDefinition(SelectArticlePage,
            new { After = query.After(), Url = url, query.OutletId, Limit = query.LimitOrDefault() }, cancellationToken: ct));
        return TypedResults.Ok(rows.AsList().ToPage(query.LimitOrDefault(), a => a.Id));
    }

    internal static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(long id, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var article = await connection.QuerySingleOrDefaultAsync<ArticleResponse>(new CommandDefinition(SelectArticle, new { Id = id }, cancellationToken: ct));
        return article is null ? Problems.NotFound("article", id) : TypedResults.Ok(article);
    }

    internal static async Task<Results<Ok<ArticleResponse>, ValidationProblem, ProblemHttpResult>> PatchArticle(
        long id, JsonElement patch, NpgsqlDataSource db, IValidator<ArticleRequest> validator, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var (connection, transaction) = await db.BeginWriteAsync(ct);
        await using (connection)
        await using (transaction)
        {
            var current = await connection.QuerySingleOrDefaultAsync<ArticleResponse>(
                new CommandDefinition(SelectArticle + " for update", new { Id = id }, transaction, cancellationToken: ct));
            if (current is null) return Problems.NotFound("article", id);

            var request = new ArticleRequest
            {
                Url = current.Url, Title = current.Title, OutletId = current.OutletId, PublishedAt = current.PublishedAt,
                Authors = current.Authors, Language = current.Language, Body = current.Body,
            };
            var merged = await MergePatch.ApplyAsync(request, patch, json.Value.SerializerOptions, validator, ct);
            if (merged.Errors is not null) return TypedResults.ValidationProblem(merged.Errors, title: "The request is not valid");
            var changed = merged.Value!;

            if (changed.OutletId is { } outletId && outletId != current.OutletId && !await Exists(connection, OutletExists, outletId, ct))
                return Problems.Unprocessable("outletId", $"There is no outlet with id {outletId}.");
            var parameters = Parameters(changed, id);
            var holder = await connection.QuerySingleOrDefaultAsync<long?>(
                new CommandDefinition(SelectArticleIdByUrl, new { parameters.Url }, transaction, cancellationToken: ct));
            if (holder is not null && holder != id) return await UrlConflict(connection, parameters.Url, ct);

            if (changed.Body != current.Body)
            {
                var lost = await QuoteStore.ReanchorArticleQuotesAsync(connection, transaction, id, changed.Body, ct);
                if (lost is not null) return Problems.Unprocessable(lost);
            }
            var updated = await connection.QuerySingleAsync<ArticleResponse>(new CommandDefinition(UpdateArticle, parameters, transaction, cancellationToken: ct));
            await transaction.CommitAsync(ct);
            return TypedResults.Ok(updated);
        }
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(long id, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (await connection.ExecuteAsync(new CommandDefinition(DeleteArticleWithoutQuotes, new { Id = id }, cancellationToken: ct)) == 1)
            return TypedResults.NoContent();
        if (!await Exists(connection, ArticleExists, id, ct)) return Problems.NotFound("article", id);
        var quotes = await connection.ExecuteScalarAsync<long>(new CommandDefinition(CountArticleQuotes, new { Id = id }, cancellationToken: ct));
        return Problems.Conflict($"Article {id} has {quotes} quote(s); delete or move them before deleting the article.");
    }

    internal static async Task<Results<Ok<Page<QuoteResponse>>, ProblemHttpResult>> ListArticleQuotes(
        long id, [AsParameters] PageQuery query, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (!await Exists(connection, ArticleExists, id, ct)) return Problems.NotFound("article", id);
        return TypedResults.Ok(await QuoteStore.ListAsync(connection, new QuoteListQuery { ArticleId = id, Limit = query.Limit, Cursor = query.Cursor }, ct));
    }

    private static Task<bool> Exists(NpgsqlConnection connection, string sql, long id, CancellationToken ct) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(sql, new { Id = id }, cancellationToken: ct));

    private sealed record ArticleParameters(long Id, string Url, string? Title, long? OutletId, DateTimeOffset? PublishedAt,
        string[] Authors, string? Language, string? Body);

    private static ArticleParameters Parameters(ArticleRequest a, long id = 0)
    {
        CanonicalUrl.TryNormalize(a.Url, out var url);
        // timestamptz takes UTC only; the instant is what is stored, the offset the client wrote is not.
        return new(id, url, a.Title?.Trim(), a.OutletId, a.PublishedAt?.ToUniversalTime(), a.Authors.Select(n => n.Trim()).ToArray(), a.Language, a.Body);
    }

    private static async Task<ProblemHttpResult> UrlConflict(NpgsqlConnection connection, string url, CancellationToken ct)
    {
        var existing = await connection.ExecuteScalarAsync<long>(new CommandDefinition(SelectArticleIdByUrl, new { Url = url }, cancellationToken: ct));
        return Problems.Conflict("url", $"Article {existing} already has the URL {url}.", existing);
    }
}
